// Escalation lateness: 1,000 obligations whose steps fall due within one minute, two API
// instances on one PostgreSQL; one instance is killed with SIGKILL half-way (--no-kill to skip).
// Reports p50/p99/max lateness (fired_at − due_at) and duplicates (must be 0).
// Needs `npx nx build api` first and a PostgreSQL server (BENCH_PG, default 127.0.0.1:5432).
import pg from 'pg';
import { freshDatabase, percentile, record, startApp } from './lib.mjs';

const N = Number(process.env.BENCH_OBLIGATIONS ?? 1000);
const SPREAD_S = 60;
const LEAD_S = 15;
const kill = !process.argv.includes('--no-kill');

const url = freshDatabase('lekwacht_bench_escalations');
const env = { DATABASE_URL: url, DEMO_DATA: 'true', SESSION_SECRET: 'x'.repeat(40) };
const a = await startApp({ port: 3901, env });
const b = await startApp({ port: 3902, env });
const db = new pg.Client({ connectionString: url });
await db.connect();

// Seed directly in SQL: N breaches, each with an authority obligation whose 24 h reminder falls
// at a random moment in the minute after LEAD_S from now (discovered 48 h before that moment).
const [{ id: officer }] = (await db.query(`SELECT id FROM users WHERE email = 'officer@lekwacht.test'`)).rows;
const [{ policy }] = (
  await db.query(
    `SELECT '${JSON.stringify({
      acknowledgementTimeoutHours: 2,
      steps: [
        { id: 'reminder-24h', trigger: { type: 'before_due', hours: 24 }, recipients: ['officer'] },
        { id: 'management-4h', trigger: { type: 'before_due', hours: 4 }, recipients: ['management'] },
      ],
    })}'::jsonb AS policy`,
  )
).rows;
await db.query(
  `WITH f AS (
     SELECT g, now() + make_interval(secs => $2 + random() * $3) AS fire_at FROM generate_series(1, $1) g
   ), b AS (
     INSERT INTO breaches (reference, title, cause, discovered_at, escalation_policy, created_by_id, version)
     SELECT 'DL-2099-' || lpad(g::text, 5, '0'), 'Benchmark ' || g, 'other', fire_at - interval '48 hours', $4, $5, 1 FROM f
     RETURNING id, discovered_at
   ), o AS (
     INSERT INTO obligations (breach_id, kind, basis, due_at, state, late)
     SELECT id, 'authority', 'statutory', discovered_at + interval '72 hours', 'open', false FROM b
     RETURNING id, breach_id, due_at
   )
   INSERT INTO escalations (breach_id, obligation_id, step_id, occurrence, due_at, threshold_at, state, planned_recipients)
   SELECT breach_id, id, 'reminder-24h', 0, due_at - interval '24 hours', due_at - interval '24 hours', 'scheduled', '["officer"]' FROM o`,
  [N, LEAD_S, SPREAD_S, policy, officer],
);
const started = Date.now();
console.log(`seeded ${N} obligations; steps fall due between +${LEAD_S}s and +${LEAD_S + SPREAD_S}s`);

let killedAt = null;
const deadline = started + (LEAD_S + SPREAD_S + 60) * 1000;
for (;;) {
  await new Promise((r) => setTimeout(r, 1000));
  if (kill && !killedAt && Date.now() - started > (LEAD_S + SPREAD_S / 2) * 1000) {
    a.kill('SIGKILL');
    killedAt = new Date().toISOString();
    console.log('instance A killed with SIGKILL');
  }
  const [{ left }] = (
    await db.query(
      `SELECT count(*)::int AS left FROM escalations WHERE step_id = 'reminder-24h' AND state = 'scheduled' AND breach_id IN (SELECT id FROM breaches WHERE reference LIKE 'DL-2099-%')`,
    )
  ).rows;
  if (left === 0 || Date.now() > deadline) break;
}

const rows = (
  await db.query(
    `SELECT extract(epoch FROM (fired_at - due_at)) * 1000 AS late_ms FROM escalations
    WHERE step_id = 'reminder-24h' AND state = 'fired' AND breach_id IN (SELECT id FROM breaches WHERE reference LIKE 'DL-2099-%')`,
  )
).rows
  .map((r) => Number(r.late_ms))
  .sort((x, y) => x - y);
const [{ dupes }] = (
  await db.query(
    `SELECT count(*)::int AS dupes FROM (SELECT entity_id FROM audit_events WHERE action = 'escalation.fired' GROUP BY entity_id HAVING count(*) > 1) d`,
  )
).rows;
const [{ mails }] = (await db.query(`SELECT count(*)::int AS mails FROM outbox_messages WHERE kind = 'escalation'`))
  .rows;
const [{ lost }] = (
  await db.query(
    `SELECT count(*)::int AS lost FROM escalations WHERE step_id = 'reminder-24h' AND state = 'scheduled' AND breach_id IN (SELECT id FROM breaches WHERE reference LIKE 'DL-2099-%')`,
  )
).rows;
await db.end();
a.kill('SIGKILL');
b.kill();

record('escalation-lateness', {
  database: 'postgres server (15)',
  instances: 2,
  obligations: N,
  killedOneInstanceAt: killedAt,
  fired: rows.length,
  notFired: lost,
  duplicates: dupes,
  escalationMails: mails,
  latenessMs: { p50: percentile(rows, 50), p99: percentile(rows, 99), max: rows.at(-1) ?? null },
  goal: 'p99 ≤ 1000 ms, duplicates 0, none lost',
});
process.exit(0);
