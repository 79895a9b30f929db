// API latency: 100,000 breaches in the register; GET /api/breaches (page of 50, with and without
// a search term, and a deep page) under 50 concurrent connections (autocannon), beside
// GET /api/health in the same run; issue #19's goals are throughput ratios to /api/health. Needs `npx nx build api` and a PostgreSQL
// server (BENCH_PG). autocannon's summary has no p95 (it reports p90 and p97.5), so every
// response time is collected from its 'response' events and the percentiles are computed here.
import autocannon from 'autocannon';
import pg from 'pg';
import { freshDatabase, load, percentile, record, startApp } from './lib.mjs';
import { seedBreaches } from './seed-breaches.mjs';

const N = Number(process.env.BENCH_BREACHES ?? 100_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
// BENCH_REGISTER_CACHE=false measures every request against the database (recorded apart)
const REGISTER_CACHE = process.env.BENCH_REGISTER_CACHE !== 'false';
const WRITES_PER_SEC = 10;
const url = freshDatabase('lekwacht_bench_latency');
const app = await startApp({
  port: 3911,
  // LOG_LEVEL info: the default, so the request log's cost is measured as users run it
  env: {
    DATABASE_URL: url,
    DEMO_DATA: 'true',
    SCHEDULER_ENABLED: 'false',
    SESSION_SECRET: 'x'.repeat(40),
    LOG_LEVEL: 'info',
    REGISTER_CACHE: String(REGISTER_CACHE),
  },
});
const db = new pg.Client({ connectionString: url });
await db.connect();
await seedBreaches(db, N);
await db.end();

const login = await fetch(`${app.url}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'officer@lekwacht.test', password: 'lekwacht-demo' }),
});
const cookie = login.headers
  .getSetCookie()
  .map((c) => c.split(';')[0])
  .join('; ');

function run(path, withCookie, duration, connections = CONNECTIONS) {
  const latencies = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: app.url + path, connections, duration, headers: withCookie ? { cookie } : {} },
      (err, r) => (err ? reject(err) : resolve({ r, latencies })),
    );
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
}

async function measure(path, withCookie = true, connections = CONNECTIONS, label = path) {
  await run(path, withCookie, 2, connections); // warm-up, not recorded
  const { r, latencies } = await run(path, withCookie, DURATION, connections);
  latencies.sort((a, b) => a - b);
  const ms = (p) => Number(percentile(latencies, p).toFixed(1));
  const res = {
    path: label,
    connections,
    requests: latencies.length,
    requestsPerSec: Math.round(latencies.length / DURATION),
    p50: ms(50),
    p95: ms(95),
    p99: ms(99),
    max: ms(100),
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    loadAverage: load(),
  };
  console.error(JSON.stringify(res));
  return res;
}

// The keyset equivalent of page 1,500: the cursor after row 74,950, taken from page 1,499.
const page1499 = await fetch(`${app.url}/api/breaches?page=1499&pageSize=50`, { headers: { cookie } });
const deepCursor = (await page1499.json()).nextCursor;
if (!deepCursor) throw new Error('page 1,499 gave no cursor');

const results = [];
results.push(await measure('/api/health', false));
results.push(await measure('/api/breaches?pageSize=50'));
results.push(await measure('/api/breaches?q=ransomware&pageSize=50'));
results.push(await measure('/api/breaches?q=DL-2097-04242&pageSize=50'));
results.push(await measure(`/api/breaches?after=${deepCursor}&pageSize=50`));
results.push(await measure('/api/breaches?page=1500&pageSize=50'));
// A register that keeps changing: a breach written WRITES_PER_SEC times a second, each write
// clearing every remembered page, while the first page is asked for.
if (REGISTER_CACHE) {
  const writer = new pg.Client({ connectionString: url });
  await writer.connect();
  const timer = setInterval(() => {
    writer.query(`UPDATE breaches SET title = title WHERE reference = 'DL-2097-04242'`).catch(() => undefined);
  }, 1000 / WRITES_PER_SEC);
  results.push(
    await measure(
      '/api/breaches?pageSize=50',
      true,
      CONNECTIONS,
      `/api/breaches?pageSize=50 (${WRITES_PER_SEC} writes/s)`,
    ),
  );
  clearInterval(timer);
  await writer.end();
}
results.push(await measure('/api/health', false));
// Issue #19's goals are ratios to /api/health in the same run (the mean of its two runs).
const health = (results[0].requestsPerSec + results.at(-1).requestsPerSec) / 2;
for (const r of results) r.ratioToHealth = Number((r.requestsPerSec / health).toFixed(2));
console.error(
  results
    .map(
      (r) =>
        `${r.path.slice(0, 60).padEnd(60)} ${r.requestsPerSec} req/s  ${r.ratioToHealth} × health  p95 ${r.p95} ms`,
    )
    .join('\n'),
);
// Service time: the same requests one at a time (no queueing), to separate the cost of one
// request from the wait for the two cores under 50 connections.
const serviceTime = [];
for (const path of [
  '/api/breaches?pageSize=50',
  '/api/breaches?q=ransomware&pageSize=50',
  '/api/breaches?q=DL-2097-04242&pageSize=50',
  `/api/breaches?after=${deepCursor}&pageSize=50`,
  '/api/breaches?page=1500&pageSize=50',
]) {
  serviceTime.push(await measure(path, true, 1));
}
app.kill();
record(REGISTER_CACHE ? 'api-latency' : 'api-latency-uncached', {
  database: 'postgres server (15)',
  registerCache: REGISTER_CACHE,
  breaches: N,
  connections: CONNECTIONS,
  durationSeconds: DURATION,
  note: 'percentiles from every response time (autocannon response events), load generator on the same 2 cores',
  results,
  serviceTime,
  goal: 'issue #19: first page ≥ 0.5 × /api/health, common-term search ≥ 0.25 ×, page 1,500 (keyset) within 1.5 × of page 1',
});
process.exit(0);
