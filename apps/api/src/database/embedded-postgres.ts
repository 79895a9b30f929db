import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) behind pglite-socket so that `pg` and
 * TypeORM talk to it exactly as to a server. One process only: every connection shares one
 * session (STACK.md), so the pool must stay at or below `maxConnections`.
 */
export async function startEmbeddedPostgres(
  dataDir: string | undefined,
  maxConnections = 10,
): Promise<EmbeddedPostgres> {
  // PGlite ships as ESM with a CJS build; a runtime import keeps webpack from bundling its wasm.
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  // pg_trgm backs the breach search indexes (migration BreachSearchIndexes).
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const extensions = { pg_trgm };
  let db;
  if (dataDir) {
    const dir = resolve(dataDir, 'pglite');
    mkdirSync(dir, { recursive: true });
    db = await PGlite.create(dir, { extensions });
  } else {
    db = await PGlite.create({ extensions });
  }
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
  await server.start();
  const conn = server.getServerConn();
  const port = conn.split(':').pop();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
