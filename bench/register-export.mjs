// Register export: GET /api/register.csv for 100,000 breaches vs `psql \copy` of the same rows;
// goal ≤ 2× and flat memory (the API's peak RSS is sampled during the export). Three runs each,
// medians; the load average is recorded beside each run because other work shares the cores.
// Needs `npx nx build api` and a PostgreSQL server (BENCH_PG).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import pg from 'pg';
import { freshDatabase, load, median, record, root, startApp } from './lib.mjs';
import { seedBreaches } from './seed-breaches.mjs';

const N = Number(process.env.BENCH_BREACHES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const url = freshDatabase('lekwacht_bench_export');
const app = await startApp({
  port: 3912,
  env: { DATABASE_URL: url, DEMO_DATA: 'true', SCHEDULER_ENABLED: 'false', SESSION_SECRET: 'x'.repeat(40) },
});
const db = new pg.Client({ connectionString: url });
await db.connect();
await seedBreaches(db, N);
await db.end();

const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${app.child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const login = await fetch(`${app.url}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'officer@lekwacht.test', password: 'lekwacht-demo' }),
});
const cookie = login.headers
  .getSetCookie()
  .map((c) => c.split(';')[0])
  .join('; ');

async function exportOnce() {
  const before = rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rss())), 50);
  const t0 = performance.now();
  // A new connection per export (agent: false): the psql runs in between block this process
  // longer than the server keeps an idle keep-alive connection.
  const res = await new Promise((resolve, reject) =>
    http.get(`${app.url}/api/register.csv`, { headers: { cookie }, agent: false }, resolve).on('error', reject),
  );
  if (res.statusCode !== 200) throw new Error(`export answered ${res.statusCode}`);
  let bytes = 0;
  let lines = 0;
  for await (const chunk of res) {
    bytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  }
  const ms = performance.now() - t0;
  clearInterval(sampler);
  // Every breach one line (the seeded texts have no line breaks): a check on the bytes, too.
  if (lines - 1 !== N) throw new Error(`export has ${lines - 1} rows, expected ${N}`);
  return {
    ms: Math.round(ms),
    bytes,
    rows: lines - 1,
    rssBeforeMiB: Math.round(before),
    rssPeakMiB: Math.round(peak),
    load1: load()[0],
  };
}

// A second yardstick: `psql \copy` of the register query itself (same rows and columns as the
// export), its SQL read from the service source.
function registerSql() {
  const src = readFileSync(join(root, 'apps/api/src/breaches/register-export.service.ts'), 'utf8');
  const m = /const REGISTER_SQL = `([^`]+)`;/.exec(src);
  if (!m) return null;
  const ams = (col) => `to_char(${col} AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD HH24:MI')`;
  // "late" as the reports mean it: the template of reports/timeliness-sql.ts, read from the source too
  const timeliness = readFileSync(join(root, 'apps/api/src/reports/timeliness-sql.ts'), 'utf8');
  const late = /export const lateSql = \(o: string, now: string\): string =>\s*(`[^`]+`);/.exec(timeliness);
  if (!late) return null;
  const lateSql = new Function('o', 'now', `return ${late[1]};`);
  return m[1]
    .replace(/\$\{AMS\('([^']+)'\)\}/g, (_, col) => ams(col))
    .replace(/\$\{lateSql\('([^']+)', '([^']+)'\)\}/g, (_, o, now) => lateSql(o, now))
    .replace(/\s+/g, ' ')
    .trim();
}
const REGISTER = registerSql();

function copyOnce(query) {
  const t0 = performance.now();
  execFileSync('psql', [url, '-q', '-c', `\\copy (${query}) TO '/tmp/lekwacht-bench-copy.csv' CSV HEADER`]);
  return { ms: Math.round(performance.now() - t0), load1: load()[0] };
}

const api = [];
const copy = [];
const copyRegister = [];
for (let i = 0; i < RUNS; i++) {
  api.push(await exportOnce());
  copy.push(
    copyOnce(
      `SELECT b.*, o.state, o.due_at FROM breaches b LEFT JOIN obligations o ON o.breach_id = b.id AND o.kind = 'authority'`,
    ),
  );
  if (REGISTER) copyRegister.push(copyOnce(REGISTER));
}
app.kill();
const apiMs = median(api.map((r) => r.ms));
const copyMs = median(copy.map((r) => r.ms));
const rssBefore = api[0].rssBeforeMiB;
const peak = Math.max(...api.map((r) => r.rssPeakMiB));
record('register-export', {
  database: 'postgres server (15)',
  breaches: N,
  api: { medianMs: apiMs, bytes: api[0].bytes, rows: api[0].rows, runs: api },
  psqlCopy: {
    query: 'breaches plus their authority obligation (SELECT b.*, o.state, o.due_at …)',
    medianMs: copyMs,
    runs: copy,
  },
  ratio: Number((apiMs / copyMs).toFixed(2)),
  psqlCopyRegisterQuery: REGISTER
    ? {
        query: "the export's own register query",
        medianMs: median(copyRegister.map((r) => r.ms)),
        runs: copyRegister,
        ratio: Number((apiMs / median(copyRegister.map((r) => r.ms))).toFixed(2)),
      }
    : 'register SQL not found in the service source',
  memoryMiB: { before: rssBefore, peak, growth: peak - rssBefore },
  goal: 'ratio ≤ 2, flat memory',
});
process.exit(0);
