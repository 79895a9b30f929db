// Cold start: the built app (what `npm start` runs after its build step) to healthy, embedded
// database, first run (new data folder: PGlite initdb, migrations, demo seed) and second run
// (existing folder). Goal ≤ 10 s. For the breakdown, PGlite alone is timed too: creating a new
// data folder (initdb) and opening an existing one. Needs `npx nx build api`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, record, startApp } from './lib.mjs';

const dir = mkdtempSync(join(tmpdir(), 'lekwacht-cold-'));
const env = { LEKWACHT_DATA_DIR: dir, DATABASE_URL: '' };
const runs = [];
for (const label of ['first start (new data folder)', 'second start (existing data folder)']) {
  const t0 = performance.now();
  const app = await startApp({ port: 3913, env });
  runs.push({ label, msToHealthy: Math.round(performance.now() - t0), loadAverage: load() });
  app.kill();
  await new Promise((r) => setTimeout(r, 1500));
}
rmSync(dir, { recursive: true, force: true });

// PGlite on its own, with the extension the app loads (pg_trgm).
const { PGlite } = await import('@electric-sql/pglite');
const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
const pgliteDir = mkdtempSync(join(tmpdir(), 'lekwacht-pglite-'));
let t0 = performance.now();
let db = await PGlite.create(pgliteDir, { extensions: { pg_trgm } });
const initdbMs = Math.round(performance.now() - t0);
await db.close();
t0 = performance.now();
db = await PGlite.create(pgliteDir, { extensions: { pg_trgm } });
const reopenMs = Math.round(performance.now() - t0);
await db.close();
rmSync(pgliteDir, { recursive: true, force: true });

record('cold-start', {
  database: 'embedded (PGlite)',
  runs,
  pglite: { initdbMs, reopenMs, loadAverage: load() },
  goal: '≤ 10,000 ms',
});
process.exit(0);
