// Cold start: the built app (what `npm start` runs after its build step) to healthy, embedded
// database, first run (new data folder) and second run (existing folder). Goal ≤ 10 s.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { record, startApp } from './lib.mjs';

const dir = mkdtempSync(join(tmpdir(), 'lekwacht-cold-'));
const env = { LEKWACHT_DATA_DIR: dir, DATABASE_URL: '' };
const runs = [];
for (const label of ['first start (new data folder)', 'second start (existing data folder)']) {
  const t0 = performance.now();
  const app = await startApp({ port: 3913, env });
  runs.push({ label, msToHealthy: Math.round(performance.now() - t0) });
  app.kill();
  await new Promise((r) => setTimeout(r, 1500));
}
rmSync(dir, { recursive: true, force: true });
record('cold-start', { database: 'embedded (PGlite)', runs, goal: '≤ 10,000 ms' });
process.exit(0);
