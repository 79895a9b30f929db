import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
  /** The data folder as a tarball, for PGlite's `loadDataDir` (the integration tests copy their database so). */
  dumpDataDir(): Promise<Blob>;
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) behind pglite-socket so that `pg` and
 * TypeORM talk to it exactly as to a server. One process only: every connection shares one
 * session (STACK.md), so the pool must stay at or below `maxConnections`.
 *
 * PGlite has no authentication: it listens on a Unix socket in a folder only this user may
 * enter (inside the data folder), never on TCP, so nobody else on the machine can read the
 * signing key or rewrite the audit trail through it.
 */
export async function startEmbeddedPostgres(
  dataDir: string | undefined,
  maxConnections = 10,
  /** Extra `name=value` server settings; only the integration tests' throw-away database sets any. */
  settings: string[] = [],
): Promise<EmbeddedPostgres> {
  // PGlite ships as ESM with a CJS build; a runtime import keeps webpack from bundling its wasm.
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  // pg_trgm backs the breach search indexes (migration BreachSearchIndexes).
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const options = {
    extensions: { pg_trgm },
    ...(settings.length > 0 && {
      startParams: [...PGlite.defaultStartParams, ...settings.flatMap((setting) => ['-c', setting])],
    }),
  };
  let db;
  if (dataDir) {
    const dir = resolve(dataDir, 'pglite');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700); // the files hold the signing key and the audit trail
    db = await PGlite.create(dir, options);
  } else {
    db = await PGlite.create(options);
  }
  // A socket path is limited to ~107 bytes: a data folder deep in the tree gets a private temp one.
  const inDataDir = dataDir ? resolve(dataDir, 'socket') : null;
  const socketDir = inDataDir && inDataDir.length < 90 ? inDataDir : mkdtempSync(join(tmpdir(), 'lekwacht-pglite-'));
  mkdirSync(socketDir, { recursive: true, mode: 0o700 });
  chmodSync(socketDir, 0o700);
  // libpq's naming, so that `pg` finds it from the folder: <folder>/.s.PGSQL.5432
  const socketPath = join(socketDir, '.s.PGSQL.5432');
  rmSync(socketPath, { force: true }); // left behind by a process that was killed
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections });
  await server.start();
  chmodSync(socketPath, 0o600);
  return {
    url: `postgres://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}`,
    dumpDataDir: () => db.dumpDataDir('none'),
    async stop() {
      await server.stop();
      await db.close();
      rmSync(socketPath, { force: true });
      if (socketDir !== inDataDir) rmSync(socketDir, { recursive: true, force: true });
    },
  };
}
