import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';

const run = promisify(execFile);

/**
 * A PostgreSQL server of our own, in a temporary folder on a free port, that a test may stop,
 * restart and kill without disturbing anyone else's database. Needs the server binaries
 * (initdb, pg_ctl); as root they run as the `postgres` user (initdb refuses to run as root).
 */
export interface PrivatePostgres {
  /** postgres://… of the `postgres` database; see `url(db)` for another one. */
  url(database?: string): string;
  port: number;
  bin: string;
  /** The temporary folder (owned by the server user): data/, the log, room for dump files. */
  dir: string;
  restart(mode?: 'fast' | 'immediate'): Promise<void>;
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  start(): Promise<void>;
  /** Runs one of the server's client binaries (pg_dump, pg_restore, psql, createdb) as the server user. */
  client(tool: string, args: string[]): Promise<{ stdout: string; stderr: string }>;
  destroy(): Promise<void>;
}

/** One query on its own connection, straight to the database (not through the app). */
export async function queryDirect<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const ds = new DataSource({ type: 'postgres', url, extra: { max: 1 } });
  await ds.initialize();
  try {
    return (await ds.query(sql, params)) as T[];
  } finally {
    await ds.destroy();
  }
}

/** The newest /usr/lib/postgresql/<version>/bin (Debian/Ubuntu), else PG_BIN, else the PATH's. */
export function findPostgresBin(): string | null {
  const fromEnv = process.env['PG_BIN'];
  if (fromEnv && existsSync(join(fromEnv, 'initdb'))) return fromEnv;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin');
  }
  for (const dir of (process.env['PATH'] ?? '').split(':')) {
    if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  return null;
}

/** A TCP port nobody listens on right now (127.0.0.1). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('no PostgreSQL server binaries (initdb, pg_ctl) found');
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'lekwacht-pg-'));
  if (asRoot) {
    const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
    const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
    chownSync(dir, uid, gid);
  }
  const exec = (file: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', file, ...args], { cwd: dir, maxBuffer: 64 * 1024 * 1024 })
      : run(file, args, { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
  const data = join(dir, 'data');
  const log = join(dir, 'postgres.log');
  const port = await freePort();
  await exec(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  // fsync stays on: acknowledged (committed) writes must survive the restarts the tests inject.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=50`;
  const pgCtl = (...args: string[]) => exec(join(bin, 'pg_ctl'), ['-D', data, '-l', log, '-w', '-t', '60', ...args]);
  const start = async () => {
    await pgCtl('start', '-o', options);
  };
  await start();
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    url,
    port,
    bin,
    dir,
    start,
    async stop(mode = 'fast') {
      await pgCtl('stop', '-m', mode);
    },
    async restart(mode = 'fast') {
      await pgCtl('restart', '-m', mode, '-o', options);
    },
    client: (tool, args) => exec(join(bin, tool), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', ...args]),
    async destroy() {
      await pgCtl('stop', '-m', 'immediate').catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
