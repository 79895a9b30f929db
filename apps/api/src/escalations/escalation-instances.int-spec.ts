import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import { EscalationEngine } from './escalation-engine';

const embedded = process.env['DATABASE_POOL_SIZE'] === '1';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const N = 200;

/**
 * Two instances with their schedulers on, one PostgreSQL; instance A "crashes" half-way: its
 * engine stops dead and its database sessions are terminated (in-flight transactions roll back),
 * as after a SIGKILL. Timing figures are the benchmark's job (bench/escalation-lateness.mjs);
 * this test proves exactly once and nothing lost.
 */
(embedded ? describe.skip : describe)('escalations with two instances and a crash (real PostgreSQL)', () => {
  let a: TestApp;
  let b: TestApp;
  const withName = (name: string) => {
    const url = new URL(process.env['DATABASE_URL'] ?? '');
    url.searchParams.set('application_name', name);
    return url.toString();
  };

  beforeAll(async () => {
    a = await startTestApp({ SCHEDULER_ENABLED: 'true', DATABASE_URL: withName('lekwacht-instance-a') });
    b = await startTestApp({ SCHEDULER_ENABLED: 'true', DATABASE_URL: withName('lekwacht-instance-b') });
    // Every firing's digest goes out at once (the test database's setting, global-setup.ts), or the
    // survivor's mail would wait for the digest interval; said here so no earlier file can undo it.
    await b.app.get(DataSource).query(
      `INSERT INTO app_settings (key, value) VALUES ('escalation_settings', '{"digestIntervalMinutes": 0}')
         ON CONFLICT (key) DO UPDATE SET value = app_settings.value || '{"digestIntervalMinutes": 0}'`,
    );
  });
  afterAll(async () => {
    await a.close().catch(() => undefined);
    await b.close();
  });

  it('fires every due step exactly once and loses none when one instance dies', async () => {
    const ds = b.app.get(DataSource);
    const [{ id: officer }] = await ds.query(`SELECT id FROM users WHERE email = 'officer@lekwacht.test'`);
    const tag = `I${Date.now()}`;
    const policy = {
      acknowledgementTimeoutHours: 2,
      steps: [{ id: 'reminder-24h', trigger: { type: 'before_due', hours: 24 }, recipients: ['officer'] }],
    };
    await ds.query(
      `WITH f AS (SELECT g, now() + make_interval(secs => 1 + random() * 5) AS fire_at FROM generate_series(1, $1) g),
       br AS (INSERT INTO breaches (reference, title, cause, discovered_at, escalation_policy, created_by_id, version)
              SELECT 'DL-2098-' || $2 || '-' || g, 'Instances ' || g, 'other', fire_at - interval '48 hours', $3, $4, 1 FROM f
              RETURNING id, discovered_at),
       o AS (INSERT INTO obligations (breach_id, kind, basis, due_at, state, late)
             SELECT id, 'authority', 'statutory', discovered_at + interval '72 hours', 'open', false FROM br RETURNING id, breach_id, due_at)
       INSERT INTO escalations (breach_id, obligation_id, step_id, occurrence, due_at, threshold_at, state, planned_recipients)
       SELECT breach_id, id, 'reminder-24h', 0, due_at - interval '24 hours', due_at - interval '24 hours', 'scheduled', '["officer"]' FROM o`,
      [N, tag, JSON.stringify(policy), officer],
    );
    const ours = `breach_id IN (SELECT id FROM breaches WHERE reference LIKE 'DL-2098-${tag}-%')`;
    // both instances learn of the rows at their next sweep
    await Promise.all([a.app.get(EscalationEngine).sweep(), b.app.get(EscalationEngine).sweep()]);
    // instance A dies mid-run: once a quarter of the steps have fired (they fall due over 1-6 s)
    const midRun = Date.now() + 10_000;
    for (;;) {
      const [{ fired }] = await ds.query(
        `SELECT count(*)::int AS fired FROM escalations WHERE state = 'fired' AND ${ours}`,
      );
      if (fired >= N / 4 || Date.now() > midRun) break;
      await sleep(100);
    }
    a.app.get(EscalationEngine).onModuleDestroy();
    await ds.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'lekwacht-instance-a'`,
    );

    const deadline = Date.now() + 30_000;
    for (;;) {
      // fired, and in a digest mail (a digest the killed instance was writing is rolled back and retried)
      const [{ left, unmailed }] = await ds.query(
        `SELECT (SELECT count(*)::int FROM escalations WHERE state = 'scheduled' AND step_id = 'reminder-24h' AND ${ours}) AS left,
                (SELECT count(*)::int FROM escalation_recipients WHERE delivery_state = 'pending' AND ${ours}) AS unmailed`,
      );
      if ((left === 0 && unmailed === 0) || Date.now() > deadline) break;
      await b.app.get(EscalationEngine).sweep();
      await sleep(250);
    }
    const [{ fired }] = await ds.query(
      `SELECT count(*)::int AS fired FROM escalations WHERE state = 'fired' AND ${ours}`,
    );
    expect(fired).toBe(N);
    const dupes = await ds.query(
      `SELECT entity_id FROM audit_events WHERE action = 'escalation.fired' AND ${ours} GROUP BY entity_id HAVING count(*) > 1`,
    );
    expect(dupes).toEqual([]);
    // each fired escalation went into exactly one digest mail of its recipient, none was lost
    const [{ queued, mails }] = await ds.query(
      `SELECT count(*)::int AS queued, count(DISTINCT outbox_message_id)::int AS mails
         FROM escalation_recipients WHERE delivery_state = 'queued' AND outbox_message_id IS NOT NULL AND ${ours}`,
    );
    expect(queued).toBe(N);
    expect(mails).toBeGreaterThan(0);
    expect(mails).toBeLessThanOrEqual(N);
    const [{ orphans }] = await ds.query(
      `SELECT count(*)::int AS orphans FROM escalation_recipients r
        WHERE ${ours} AND NOT EXISTS (SELECT 1 FROM outbox_messages o WHERE o.id = r.outbox_message_id AND o.kind = 'escalation')`,
    );
    expect(orphans).toBe(0);
    // up to 10 s to the crash and 30 s for the survivor to finish: more than Jest's default 30 s
  }, 60_000);
});
