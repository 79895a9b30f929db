// Register export: GET /api/register.csv for 100,000 breaches vs `psql \copy` of the same rows;
// goal ≤ 2× and flat memory (the API's peak RSS is sampled during the export).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { freshDatabase, record, startApp } from './lib.mjs';
import { seedBreaches } from './seed-breaches.mjs';

const N = Number(process.env.BENCH_BREACHES ?? 100_000);
const url = freshDatabase('lekwacht_bench_export');
const app = await startApp({ port: 3912, env: { DATABASE_URL: url, DEMO_DATA: 'true', SCHEDULER_ENABLED: 'false', SESSION_SECRET: 'x'.repeat(40) } });
const db = new pg.Client({ connectionString: url });
await db.connect();
await seedBreaches(db, N);
await db.end();

const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${app.child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const login = await fetch(`${app.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'officer@lekwacht.test', password: 'lekwacht-demo' }) });
const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');

const rssBefore = rss();
let peak = rssBefore;
const sampler = setInterval(() => (peak = Math.max(peak, rss())), 50);
let t0 = performance.now();
const res = await fetch(`${app.url}/api/register.csv`, { headers: { cookie } });
let bytes = 0;
let lines = 0;
for await (const chunk of res.body) {
  bytes += chunk.length;
  for (const b of chunk) if (b === 10) lines++;
}
const apiMs = performance.now() - t0;
clearInterval(sampler);

t0 = performance.now();
execFileSync('psql', [url, '-q', '-c', `\\copy (SELECT b.*, o.state, o.due_at FROM breaches b LEFT JOIN obligations o ON o.breach_id = b.id AND o.kind = 'authority') TO '/tmp/lekwacht-bench-copy.csv' CSV HEADER`]);
const copyMs = performance.now() - t0;
app.kill();
record('register-export', {
  database: 'postgres server (15)',
  breaches: N,
  api: { ms: Math.round(apiMs), bytes, rows: lines - 1 },
  psqlCopy: { ms: Math.round(copyMs) },
  ratio: Number((apiMs / copyMs).toFixed(2)),
  memoryMiB: { before: Math.round(rssBefore), peak: Math.round(peak), growth: Math.round(peak - rssBefore) },
  goal: 'ratio ≤ 2, flat memory',
});
process.exit(0);
