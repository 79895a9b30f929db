// A copy of the integration tests' embedded database, for the second (third…) Jest worker: PGlite
// runs on one thread with one session, so each worker's database lives in a process of its own
// (global-setup.ts). Loads the data folder global-setup.ts dumped from the migrated, seeded
// database and serves it the way embedded-postgres.ts does: pglite-socket on a Unix socket in a
// private folder. Not part of the app.
//
//   node pglite-copy.mjs <dump.tar> [<name>=<value> …]   (server settings, as global-setup.ts's)
//
// Prints one line of JSON, {"url":"postgres://…"}, once it listens. Stops on SIGTERM or when its
// parent closes stdin (so a killed Jest leaves no database behind).
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const [tarball, ...settings] = process.argv.slice(2);
const db = await PGlite.create({
  loadDataDir: new Blob([readFileSync(tarball)]),
  extensions: { pg_trgm },
  startParams: [...PGlite.defaultStartParams, ...settings.flatMap((setting) => ['-c', setting])],
});
const socketDir = mkdtempSync(join(tmpdir(), 'lekwacht-pglite-'));
chmodSync(socketDir, 0o700);
const socketPath = join(socketDir, '.s.PGSQL.5432');
const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 100 });
await server.start();
chmodSync(socketPath, 0o600);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop().catch(() => undefined);
  await db.close().catch(() => undefined);
  rmSync(socketDir, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.stdin.resume();

process.stdout.write(
  JSON.stringify({ url: `postgres://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}` }) + '\n',
);
