import { CopyOutStream } from './copy-out-stream';

/** A pg connection stand-in that, like pg, hands out views of one reused read buffer. */
function fakeConnection() {
  return { query: jest.fn(), stream: { pause: jest.fn(), resume: jest.fn() } };
}

async function readAll(stream: CopyOutStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

describe('CopyOutStream (COPY TO STDOUT as a stream)', () => {
  it('copies each row out of the reused read buffer before pg overwrites it', async () => {
    const connection = fakeConnection();
    const stream = new CopyOutStream('COPY (SELECT 1) TO STDOUT');
    stream.submit(connection);
    expect(connection.query).toHaveBeenCalledWith('COPY (SELECT 1) TO STDOUT');
    const readBuffer = Buffer.alloc(64);
    const expected: string[] = [];
    for (let i = 0; i < 5_000; i++) {
      const row = `row ${i},${'x'.repeat(i % 40)}\n`;
      expected.push(row);
      const n = readBuffer.write(row);
      stream.handleCopyData({ chunk: readBuffer.subarray(0, n) });
      readBuffer.fill(0x21); // pg's next socket read lands here
    }
    stream.handleCommandComplete();
    stream.handleReadyForQuery();
    expect(await readAll(stream)).toBe(expected.join(''));
    expect(stream.complete).toBe(true);
  });

  it('passes rows larger than a piece on whole', async () => {
    const stream = new CopyOutStream('COPY');
    stream.submit(fakeConnection());
    const big = Buffer.from(`${'y'.repeat(100_000)}\n`);
    stream.handleCopyData({ chunk: Buffer.from('small\n') });
    stream.handleCopyData({ chunk: big });
    big.fill(0x21);
    stream.handleCopyData({ chunk: Buffer.from('last\n') });
    stream.handleReadyForQuery();
    expect(await readAll(stream)).toBe(`small\n${'y'.repeat(100_000)}\nlast\n`);
  });

  it('pauses the socket when the reader is behind and resumes it when asked for more', () => {
    const connection = fakeConnection();
    const stream = new CopyOutStream('COPY');
    stream.submit(connection);
    for (let i = 0; i < 40; i++) stream.handleCopyData({ chunk: Buffer.alloc(8_192, 0x61) });
    expect(connection.stream.pause).toHaveBeenCalled();
    stream.read();
    expect(connection.stream.resume).toHaveBeenCalled();
  });

  it('leaves the socket reading when the COPY ends, so the pooled connection works on', () => {
    const connection = fakeConnection();
    const stream = new CopyOutStream('COPY');
    stream.submit(connection);
    for (let i = 0; i < 40; i++) stream.handleCopyData({ chunk: Buffer.alloc(8_192, 0x61) });
    stream.handleCommandComplete();
    const pauses = connection.stream.pause.mock.invocationCallOrder;
    stream.handleReadyForQuery();
    const resumes = connection.stream.resume.mock.invocationCallOrder;
    expect(Math.max(...resumes)).toBeGreaterThan(Math.max(...pauses));
  });

  it('fails with the database error', async () => {
    const stream = new CopyOutStream('COPY');
    stream.submit(fakeConnection());
    stream.handleError(new Error('relation "breaches" does not exist'));
    await expect(readAll(stream)).rejects.toThrow('relation "breaches" does not exist');
  });
});
