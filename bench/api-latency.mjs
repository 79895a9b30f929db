// API latency: 100,000 breaches in the register; GET /api/breaches (page of 50, with and without
// a search term) under 50 concurrent connections (autocannon), beside GET /api/health in the
// same run. Goal p95 ≤ 50 ms. Needs `npx nx build api` and a PostgreSQL server.
import autocannon from 'autocannon';
import pg from 'pg';
import { freshDatabase, record, startApp } from './lib.mjs';
import { seedBreaches } from './seed-breaches.mjs';

const N = Number(process.env.BENCH_BREACHES ?? 100_000);
const url = freshDatabase('lekwacht_bench_latency');
const app = await startApp({ port: 3911, env: { DATABASE_URL: url, DEMO_DATA: 'true', SCHEDULER_ENABLED: 'false', SESSION_SECRET: 'x'.repeat(40) } });
const db = new pg.Client({ connectionString: url });
await db.connect();
await seedBreaches(db, N);
await db.end();

const login = await fetch(`${app.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'officer@lekwacht.test', password: 'lekwacht-demo' }) });
const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');

async function measure(path, withCookie = true) {
  const r = await autocannon({ url: app.url + path, connections: 50, duration: 15, headers: withCookie ? { cookie } : {} });
  return { path, requestsPerSec: Math.round(r.requests.average), p50: r.latency.p50, p95: r.latency.p97_5 !== undefined ? undefined : undefined, p90: r.latency.p90, p97_5: r.latency.p97_5, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

const results = [];
results.push(await measure('/api/health', false));
results.push(await measure('/api/breaches?page=1&pageSize=50'));
results.push(await measure('/api/breaches?q=ransomware&page=1&pageSize=50'));
results.push(await measure('/api/breaches?page=1500&pageSize=50'));
app.kill();
record('api-latency', { database: 'postgres server (15)', breaches: N, connections: 50, durationSeconds: 15, note: 'autocannon reports p90/p97.5/p99; p95 lies between p90 and p97.5', results, goal: 'p95 ≤ 50 ms' });
process.exit(0);
