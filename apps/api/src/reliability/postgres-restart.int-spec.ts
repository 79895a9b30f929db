import { startTestApp, type LoggedIn, type TestApp, unique } from '../testing/test-app';
import { findPostgresBin, queryDirect, startPrivatePostgres, type PrivatePostgres } from './private-postgres';

const HOUR = 3_600_000;
const UNAVAILABLE = 'database unavailable, try again shortly';
const bin = findPostgresBin();
const maybe = bin ? describe : describe.skip;
if (!bin) {
  process.stdout.write(
    'SKIPPED postgres-restart.int-spec: no PostgreSQL server binaries (initdb, pg_ctl); install postgresql or set PG_BIN\n',
  );
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The database server restarts (fast shutdown, crash-like immediate shutdown, and a stop long
 * enough to see) while the API keeps taking writes. The API itself is never restarted: it must
 * answer 503 on /api/health while the database is gone, refuse requests with 503 +
 * `Retry-After` (never 500 or another 5xx), come back on its own, and every write it
 * acknowledged with a 2xx must still be there afterwards.
 */
maybe('PostgreSQL restart under load (private postmaster)', () => {
  let pg: PrivatePostgres;
  let t: TestApp;
  let officer: LoggedIn;

  beforeAll(async () => {
    pg = await startPrivatePostgres();
    t = await startTestApp({
      DATABASE_URL: pg.url(),
      DEMO_DATA: 'true',
      // the shared test setup may have set 1 for PGlite; a real server gets a real pool
      DATABASE_POOL_SIZE: '5',
    });
    officer = await t.loginAs('officer');
  }, 60_000);

  afterAll(async () => {
    await t?.close().catch(() => undefined);
    await pg?.destroy();
  });

  const health = async () => (await t.http().get('/api/health').timeout(10_000)).status;

  async function waitForHealth(status: number, withinMs: number): Promise<number> {
    const started = Date.now();
    for (;;) {
      const got = await health().catch(() => -1);
      if (got === status) return Date.now() - started;
      if (Date.now() - started > withinMs)
        throw new Error(`/api/health did not answer ${status} within ${withinMs} ms (last ${got})`);
      await sleep(100);
    }
  }

  it('recovers from restarts without restarting the app and loses no acknowledged write', async () => {
    const acknowledged: string[] = [];
    const refused: Record<string, number> = {};
    let running = true;
    /** 'up' once /api/health says 200 again after a fault: a refusal then means a stale pooled connection. */
    let phase: 'up' | 'fault' = 'up';
    let epoch = 0;
    const refusedWhileUp: string[] = [];
    /** Refusals that were not the database-unavailable 503 (status, Retry-After, body). */
    const refusedOtherwise: string[] = [];
    const runId = unique('restart');
    let seq = 0;

    const writer = async () => {
      while (running) {
        const n = ++seq;
        const sentIn = phase;
        const sentEpoch = epoch;
        try {
          const res = await officer
            .post('/api/breaches', {
              title: `${runId} #${n}`,
              cause: 'hacking',
              discoveredAt: new Date(Date.now() - HOUR).toISOString(),
            })
            .timeout(20_000);
          if (res.status >= 200 && res.status < 300) acknowledged.push(res.body.id as string);
          else {
            refused[res.status] = (refused[res.status] ?? 0) + 1;
            if (
              res.status >= 500 &&
              (res.status !== 503 || res.headers['retry-after'] !== '5' || res.body?.message !== UNAVAILABLE)
            ) {
              refusedOtherwise.push(
                `${res.status} retry-after=${String(res.headers['retry-after'])} ${JSON.stringify(res.body).slice(0, 200)}`,
              );
            }
            if (phase === 'up' && sentIn === 'up' && sentEpoch === epoch)
              refusedWhileUp.push(`${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
          }
          if (res.status >= 200 && res.status < 300 && !res.body.id) throw new Error('2xx without an id');
          if (res.status < 500 && !(res.status >= 200 && res.status < 300))
            throw new Error(`write answered ${res.status}: ${JSON.stringify(res.body)}`);
        } catch (err) {
          if (err instanceof Error && /answered|without an id/.test(err.message)) throw err;
          refused['network'] = (refused['network'] ?? 0) + 1;
        }
        if (!running) break;
        await sleep(5);
      }
    };
    const writers = Array.from({ length: 4 }, writer);

    const expectWritesProgress = async () => {
      const before = acknowledged.length;
      const started = Date.now();
      while (acknowledged.length < before + 5) {
        if (Date.now() - started > 20_000) throw new Error('writes did not resume within 20 s');
        await sleep(50);
      }
    };

    let faults = 0;
    const recovery: string[] = [];
    try {
      await sleep(500);
      await expectWritesProgress();

      // 1. fast restart (what `systemctl restart postgresql` does) under load
      phase = 'fault';
      epoch++;
      await pg.restart('fast');
      faults++;
      recovery.push(`fast restart: health 200 after ${await waitForHealth(200, 30_000)} ms`);
      phase = 'up';
      await expectWritesProgress();

      // 2. stopped for a while: health says 503, writes are refused with 503 + Retry-After (not hang, not 2xx, not 500)
      phase = 'fault';
      epoch++;
      await pg.stop('fast');
      faults++;
      recovery.push(`stop: health 503 after ${await waitForHealth(503, 15_000)} ms`);
      const whileDown = await officer
        .post('/api/breaches', { title: `${runId} down`, cause: 'hacking', discoveredAt: new Date().toISOString() })
        .timeout(20_000);
      expect(whileDown.status).toBe(503);
      expect(whileDown.headers['retry-after']).toBe('5');
      expect(whileDown.body).toEqual({ statusCode: 503, error: 'Service Unavailable', message: UNAVAILABLE });
      // reads are refused the same way
      const readWhileDown = await officer.get('/api/breaches').timeout(20_000);
      expect([readWhileDown.status, readWhileDown.headers['retry-after']]).toEqual([503, '5']);
      await sleep(1000);
      expect(await health()).toBe(503);
      await pg.start();
      recovery.push(`start: health 200 after ${await waitForHealth(200, 30_000)} ms`);
      phase = 'up';
      await expectWritesProgress();

      // 3. immediate shutdown (like a crash / OOM kill): crash recovery on start
      phase = 'fault';
      epoch++;
      await pg.restart('immediate');
      faults++;
      recovery.push(`immediate restart: health 200 after ${await waitForHealth(200, 30_000)} ms`);
      phase = 'up';
      await expectWritesProgress();
    } finally {
      running = false;
      await Promise.allSettled(writers);
    }
    const failedWriters = (await Promise.allSettled(writers)).filter((r) => r.status === 'rejected');
    expect(failedWriters).toEqual([]);
    // once the database is back, no request may fail on a dead connection left in the pool
    expect(refusedWhileUp).toEqual([]);
    // while the database was gone, every refusal was the 503 with Retry-After, never a 500
    expect(refusedOtherwise).toEqual([]);

    // every write that got a 2xx is there, read straight from the database
    const rows = await queryDirect<{ id: string }>(pg.url(), `SELECT id FROM breaches WHERE id = ANY($1::uuid[])`, [
      acknowledged,
    ]);
    const present = new Set(rows.map((r) => r.id));
    const lost = acknowledged.filter((id) => !present.has(id));
    expect(lost).toEqual([]);
    // and nothing was half-written: each breach has its audit event and its obligations
    const orphans = await queryDirect<{ id: string }>(
      pg.url(),
      `SELECT b.id FROM breaches b WHERE b.title LIKE $1 || '%'
          AND (NOT EXISTS (SELECT 1 FROM audit_events e WHERE e.entity_id = b.id::text AND e.action = 'breach.registered')
            OR NOT EXISTS (SELECT 1 FROM obligations o WHERE o.breach_id = b.id))`,
      [runId],
    );
    expect(orphans).toEqual([]);
    // the app, never restarted, still works and its audit chain is intact
    expect(await health()).toBe(200);
    const manager = await t.loginAs('manager');
    const verify = await manager.get('/api/audit/verify').expect(200);
    expect(verify.body).toMatchObject({ ok: true });

    const refusedTotal = Object.values(refused).reduce((a, b) => a + b, 0);
    process.stdout.write(
      `postgres restart under load: ${acknowledged.length} writes acknowledged (all present after recovery), ` +
        `${refusedTotal} refused during outages ${JSON.stringify(refused)}, ${faults} faults injected; ${recovery.join('; ')}\n`,
    );
    expect(faults).toBe(3);
    expect(acknowledged.length).toBeGreaterThan(20);
  }, 85_000);
});
