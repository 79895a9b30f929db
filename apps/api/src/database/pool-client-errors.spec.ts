import { createServer, type Server, type Socket } from 'node:net';
import { Pool } from 'pg';
import { guardPoolClients } from './pool-client-errors';

/** AuthenticationOk, ReadyForQuery and a FATAL ErrorResponse 57P01, in one write: one packet. */
function readyThenKilled(): Buffer {
  const message = (type: string, body: Buffer) => {
    const head = Buffer.alloc(5);
    head.write(type, 0);
    head.writeInt32BE(body.length + 4, 1);
    return Buffer.concat([head, body]);
  };
  const int32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeInt32BE(n);
    return b;
  };
  const fields = Buffer.concat([
    ...[
      ['S', 'FATAL'],
      ['C', '57P01'],
      ['M', 'terminating connection due to administrator command'],
    ].map(([k, v]) => Buffer.from(`${k}${v}\0`)),
    Buffer.from([0]),
  ]);
  return Buffer.concat([message('R', int32(0)), message('Z', Buffer.from('I')), message('E', fields)]);
}

describe('guardPoolClients', () => {
  let server: Server;
  let port: number;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    server = createServer((socket) => {
      sockets.push(socket);
      socket.once('data', () => socket.write(readyThenKilled())); // the startup message
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as { port: number }).port;
  });
  afterAll(async () => {
    sockets.forEach((s) => s.destroy());
    await new Promise((r) => server.close(r));
  });

  it('a connection killed in the packet that made it ready does not end the process; it is logged and dropped', async () => {
    const pool = new Pool({ host: '127.0.0.1', port, user: 'x', database: 'x', max: 1 });
    const warnings: string[] = [];
    guardPoolClients(pool, { warn: (m: string) => warnings.push(m) });
    // without the guard, this await never returns: the 'error' event has no listener and throws
    const client = await pool.connect();
    expect(warnings).toEqual(['database connection lost: terminating connection due to administrator command']);
    await expect(client.query('SELECT 1')).rejects.toThrow(/not queryable/);
    client.release(true);
    await pool.end();
  });
});
