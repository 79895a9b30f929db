import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { freePort } from './private-postgres';
import { PARALLEL, RECORD_SENT_EVERY } from '../mail/mail-worker';

const root = join(__dirname, '../../../..');
const mainJs = join(root, 'dist/apps/api/main.js');
const built = existsSync(mainJs);
// The jest global setup puts an embedded PGlite behind DATABASE_URL (pool size 1) when none is set.
const serverUrl =
  process.env['DATABASE_URL'] && process.env['DATABASE_POOL_SIZE'] !== '1' ? process.env['DATABASE_URL'] : null;
const maybe = built && serverUrl ? describe : describe.skip;
if (!serverUrl) {
  process.stdout.write(
    'SKIPPED process-kill.int-spec: needs a PostgreSQL server (DATABASE_URL); two app processes cannot share the embedded database\n',
  );
} else if (!built) {
  process.stdout.write(
    'SKIPPED process-kill.int-spec: dist/apps/api/main.js is missing; run `npx nx build api` first (CI builds it in the OpenAPI step)\n',
  );
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Escalations seeded, each to its own recipient: escalation mail is a digest per recipient (at most
 * one per interval), so N recipients make N mails, the first of each goes at once.
 */
const N = 300;
/** The sink waits this long before it answers 250 to a message: delivery is slow, so it is in progress at the kill. */
const SINK_DELAY_MS = 40;
/** Short mail lease, so instance B takes over A's claimed messages within seconds (default 120 s). */
const LEASE_SECONDS = 5;
/** mail-worker.ts: messages in flight at once, and delivered ones are marked `sent` in groups of this many. */
const MARK_SENT_EVERY = RECORD_SENT_EVERY;
/** Kill A once it has delivered this many of our mails (and is still delivering). */
const KILL_AFTER_A_DELIVERED = 40;

interface Instance {
  name: string;
  base: string;
  child: ChildProcess;
  output: () => string;
  stop(signal: NodeJS.Signals): Promise<void>;
}

async function startBuilt(name: string, env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...env,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
  };
  // the jest setup's pool size and scheduler switch are not the instances' business: defaults (scheduler on)
  delete childEnv['DATABASE_POOL_SIZE'];
  delete childEnv['SCHEDULER_ENABLED'];
  const child = spawn(process.execPath, [mainJs], { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const instance: Instance = {
    name,
    base: `http://127.0.0.1:${port}`,
    child,
    output: () => out,
    async stop(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited (${child.exitCode}) while starting:\n${out.slice(-2000)}`);
    const res = await fetch(`${instance.base}/api/health`).catch(() => null);
    if (res?.status === 200) break;
    if (Date.now() - started > 40_000) {
      await instance.stop('SIGKILL');
      throw new Error(`${name}: /api/health not 200 within 40 s:\n${out.slice(-2000)}`);
    }
    await sleep(100);
  }
  return instance;
}

async function adminGet(base: string, path: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@lekwacht.test', password: 'lekwacht-demo' }),
  });
  if (res.status !== 200) throw new Error(`login: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .join('; ');
  const r = await fetch(`${base}${path}`, { headers: { cookie } });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
}

/** One message as the sink got it: which instance (its EHLO name), when, which outbox row, which Message-ID. */
interface Receipt {
  at: number;
  from: string;
  outboxId: string;
  messageId: string;
}

/**
 * Issue #11, "kill -9 an API instance while it is firing escalations and delivering mail":
 * two built app processes on one fresh PostgreSQL database, a slow SMTP sink, N due escalations
 * to management; instance A is killed with SIGKILL while it fires and delivers. Instance B
 * finishes the work: every escalation fired exactly once, one outbox message per escalation ×
 * recipient, every message delivered, and a message delivered twice only if A was delivering it
 * when it died (same Message-ID both times, so the receiving server can drop the repeat).
 */
maybe('kill -9 of an instance while it fires escalations and delivers mail (real PostgreSQL)', () => {
  const dbName = `lekwacht_kill_${process.pid}_${Date.now() % 1_000_000}`;
  const url = new URL(serverUrl ?? 'postgres://localhost/x');
  url.pathname = `/${dbName}`;
  const dbUrl = url.toString();
  const instances: Instance[] = [];
  const receipts: Receipt[] = [];
  let sink: SMTPServer | null = null;
  let sinkPort = 0;
  let db: DataSource | null = null;

  /** On the server of DATABASE_URL, through its own database (CREATE/DROP DATABASE run outside a transaction). */
  const admin = async (sql: string) => {
    const ds = new DataSource({ type: 'postgres', url: serverUrl ?? '', extra: { max: 1 } });
    await ds.initialize();
    try {
      await ds.query(sql);
    } finally {
      await ds.destroy();
    }
  };

  beforeAll(async () => {
    await admin(`CREATE DATABASE "${dbName}"`);
    sinkPort = await freePort();
    sink = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          // the whole message is here: it counts as received, whatever happens to the client now
          const head =
            Buffer.concat(chunks)
              .toString('utf8')
              .split(/\r?\n\r?\n/)[0] ?? '';
          receipts.push({
            at: Date.now(),
            from: String(session.hostNameAppearsAs),
            outboxId: /^x-lekwacht-message:\s*(\S+)/im.exec(head)?.[1] ?? '',
            messageId: /^message-id:\s*(\S+)/im.exec(head)?.[1] ?? '',
          });
          setTimeout(() => callback(), SINK_DELAY_MS);
        });
      },
    });
    // A's connections are cut by the kill (ECONNRESET): expected, not a test failure
    sink.on('error', () => undefined);
    await new Promise<void>((resolve) => sink?.listen(sinkPort, '127.0.0.1', () => resolve()));
    const env = (name: string) => ({
      DATABASE_URL: dbUrl,
      // the EHLO name tells the sink which instance delivered a message
      SMTP_URL: `smtp://127.0.0.1:${sinkPort}?name=${name}`,
      DEMO_DATA: 'true',
      MAIL_LEASE_SECONDS: String(LEASE_SECONDS),
      SESSION_SECRET: 'process-kill-test-session-secret-0123456789',
      AUDIT_KEY: 'process-kill-test-audit-key-0123456789abcdef',
    });
    // one after the other: the first migrates and seeds the demo data
    instances.push(await startBuilt('instance-a', env('instance-a')));
    instances.push(await startBuilt('instance-b', env('instance-b')));
    db = new DataSource({ type: 'postgres', url: dbUrl, extra: { max: 2 } });
    await db.initialize();
  }, 90_000);

  afterAll(async () => {
    for (const i of instances) await i.stop('SIGKILL').catch(() => undefined);
    await new Promise<void>((r) => (sink ? sink.close(() => r()) : r()));
    await db?.destroy().catch(() => undefined);
    await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch((err: unknown) =>
      process.stdout.write(`process-kill: could not drop ${dbName}: ${String(err)}\n`),
    );
  }, 30_000);

  it('loses nothing and doubles nothing but the mails in flight at the kill', async () => {
    const [a, b] = instances as [Instance, Instance];
    const q = async <T = Record<string, number>>(sql: string, params: unknown[] = []) =>
      (await db?.query(sql, params)) as T[];
    const t0 = Date.now();

    // the demo data's own mail goes out first, so what follows is ours
    for (let i = 0; i < 100; i++) {
      const [{ pending }] = await q(
        `SELECT count(*)::int AS pending FROM outbox_messages WHERE status IN ('queued', 'sending')`,
      );
      if (pending === 0) break;
      await sleep(200);
    }
    const managers = 1; // recipients per escalation (its own user), so one digest mail each

    const [{ id: officer }] = await q<{ id: string }>(`SELECT id FROM users WHERE email = 'officer@lekwacht.test'`);
    const tag = `K${Date.now()}`;
    const policy = {
      acknowledgementTimeoutHours: 2,
      steps: [{ id: 'management-4h', trigger: { type: 'before_due', hours: 4 }, recipients: ['management'] }],
    };
    // N breaches, each an authority obligation whose "4 h before due" step, to a user of its own, falls due 1–9 s from now
    await q(
      `WITH f AS (SELECT g, now() + make_interval(secs => 1 + random() * 8) AS fire_at FROM generate_series(1, $1) g),
       u AS (INSERT INTO users (email, name, role, password_hash, language)
             SELECT 'kill-' || lower($2) || '-' || g || '@lekwacht.test', 'Kill ' || g, 'officer', 'x', 'nl' FROM f RETURNING id, email),
       br AS (INSERT INTO breaches (reference, title, cause, discovered_at, escalation_policy, created_by_id, version)
              SELECT 'DL-2097-' || $2 || '-' || g, 'Kill ' || g, 'other', fire_at - interval '68 hours', $3, $4, 1 FROM f
              RETURNING id, reference, discovered_at),
       o AS (INSERT INTO obligations (breach_id, kind, basis, due_at, state, late)
             SELECT id, 'authority', 'statutory', discovered_at + interval '72 hours', 'open', false FROM br RETURNING id, breach_id, due_at)
       INSERT INTO escalations (breach_id, obligation_id, step_id, occurrence, due_at, threshold_at, state, planned_recipients)
       SELECT o.breach_id, o.id, 'management-4h', 0, o.due_at - interval '4 hours', o.due_at - interval '4 hours', 'scheduled',
              jsonb_build_array(jsonb_build_object('userId', u.id))
         FROM o JOIN br ON br.id = o.breach_id JOIN u ON u.email = 'kill-' || lower($2) || '-' || split_part(br.reference, '-', 4) || '@lekwacht.test'`,
      [N, tag, JSON.stringify(policy), officer],
    );
    const seededAt = Date.now();
    const ours = `breach_id IN (SELECT id FROM breaches WHERE reference LIKE 'DL-2097-${tag}-%')`;
    const fromA = () => receipts.filter((r) => r.from === 'instance-a' && r.at >= seededAt);

    // kill A once it has delivered some of our mail and is delivering right now (or after 30 s regardless)
    while (Date.now() - seededAt < 30_000) {
      const got = fromA();
      if (got.length >= KILL_AFTER_A_DELIVERED && Date.now() - (got.at(-1)?.at ?? 0) < 200) break;
      await sleep(20);
    }
    a.child.kill('SIGKILL');
    const killedAt = Date.now();
    const receivedBeforeKill = receipts.filter((r) => r.at >= seededAt).length;
    const aDeliveredBeforeKill = fromA().length;
    const [{ firedAtKill }] = await q(
      `SELECT count(*)::int AS "firedAtKill" FROM escalations WHERE state = 'fired' AND ${ours}`,
    );
    await new Promise<void>((resolve) =>
      a.child.exitCode !== null || a.child.signalCode !== null ? resolve() : a.child.once('exit', () => resolve()),
    );
    expect(a.child.signalCode).toBe('SIGKILL');

    // B finishes: every escalation fired, every message of ours sent (A's leased ones after LEASE_SECONDS)
    const deadline = Date.now() + 60_000;
    let state = { fired: 0, mails: 0, unsent: 0 };
    for (;;) {
      const [row] = await q(
        `SELECT (SELECT count(*)::int FROM escalations WHERE state = 'fired' AND step_id = 'management-4h' AND ${ours}) AS fired,
                (SELECT count(*)::int FROM outbox_messages WHERE ${ours}) AS mails,
                (SELECT count(*)::int FROM outbox_messages WHERE status <> 'sent') AS unsent`,
      );
      state = row as typeof state;
      if ((state.fired === N && state.mails === N * managers && state.unsent === 0) || Date.now() > deadline) break;
      await sleep(250);
    }
    await sleep(500); // a repeat still on the wire reaches the sink before we count
    const doneAt = Date.now();
    if (state.fired !== N || state.unsent !== 0)
      process.stdout.write(`process-kill: instance B output:\n${b.output().slice(-3000)}\n`);

    // every seeded escalation fired exactly once
    expect(state.fired).toBe(N);
    const [{ scheduled }] = await q(
      `SELECT count(*)::int AS scheduled FROM escalations WHERE state <> 'fired' AND step_id = 'management-4h' AND ${ours}`,
    );
    expect(scheduled).toBe(0);
    const [{ firedEvents }] = await q(
      `SELECT count(*)::int AS "firedEvents" FROM audit_events WHERE action = 'escalation.fired' AND ${ours}`,
    );
    expect(firedEvents).toBe(N);
    const dupEvents = await q(
      `SELECT entity_id FROM audit_events WHERE action = 'escalation.fired' AND ${ours} GROUP BY entity_id HAVING count(*) > 1`,
    );
    expect(dupEvents).toEqual([]);

    // exactly one outbox message per escalation × recipient
    expect(state.mails).toBe(N * managers);
    const perEscalation = await q(
      `SELECT source_id, count(*)::int AS n FROM outbox_messages WHERE ${ours} GROUP BY source_id`,
    );
    expect(perEscalation).toHaveLength(N);
    expect(perEscalation.every((r) => r['n'] === managers)).toBe(true);
    const doubledRows = await q(
      `SELECT source_id, to_address FROM outbox_messages WHERE ${ours} GROUP BY source_id, to_address HAVING count(*) > 1`,
    );
    expect(doubledRows).toEqual([]);

    // nothing lost: every message of ours reached the sink, with its own Message-ID
    const outbox = await q<{ id: string; message_id: string; attempts: number; status: string }>(
      `SELECT id, message_id, attempts, status FROM outbox_messages WHERE ${ours}`,
    );
    const byOutboxId = new Map<string, Receipt[]>();
    for (const r of receipts) byOutboxId.set(r.outboxId, [...(byOutboxId.get(r.outboxId) ?? []), r]);
    const lost = outbox.filter((m) => !byOutboxId.has(m.id));
    expect(lost).toEqual([]);
    expect(outbox.every((m) => m.status === 'sent')).toBe(true);

    // doubled only what A was delivering when it died, and always with the same Message-ID
    const repeats = outbox.filter((m) => (byOutboxId.get(m.id)?.length ?? 0) > 1);
    const retaken = outbox.filter((m) => m.attempts > 1).length; // claimed by A, lease expired, claimed again by B
    for (const m of repeats) {
      const got = byOutboxId.get(m.id) ?? [];
      expect(got.map((r) => r.messageId)).toEqual(got.map(() => m.message_id));
      // first from A before it died; the repeat from B after A's lease ran out
      expect(got[0]).toMatchObject({ from: 'instance-a' });
      expect(got[0]?.at).toBeLessThanOrEqual(killedAt);
      expect(got.slice(1).every((r) => r.from === 'instance-b' && r.at > killedAt)).toBe(true);
      expect(got).toHaveLength(2);
      expect(m.attempts).toBeGreaterThan(1);
    }
    // A's in flight: messages handed to the SMTP pool (PARALLEL) plus delivered ones whose `sent` group was not yet written
    expect(repeats.length).toBeLessThanOrEqual(PARALLEL + MARK_SENT_EVERY);
    const seenTwice = [...byOutboxId.values()].filter((r) => r.length > 1).length;
    expect(seenTwice).toBe(repeats.length); // no other message (demo data's) was doubled either
    const seenByMessageId = new Map<string, number>();
    for (const r of receipts) seenByMessageId.set(r.messageId, (seenByMessageId.get(r.messageId) ?? 0) + 1);
    const dupByMessageId = [...seenByMessageId.values()].filter((n) => n > 1).length;
    expect(dupByMessageId).toBe(repeats.length);

    // the audit chain written by both instances, one of them killed mid-transaction, verifies
    const verify = await adminGet(b.base, '/api/audit/verify');
    expect(verify.status).toBe(200);
    expect(verify.body).toMatchObject({ ok: true });

    const ourReceipts = receipts.filter((r) => r.at >= seededAt);
    process.stdout.write(
      `process kill: ${N} escalations × ${managers} recipient seeded (due in 1–9 s); instance A killed with SIGKILL ${killedAt - seededAt} ms after seeding ` +
        `(${firedAtKill} fired, ${receivedBeforeKill} mails received, ${aDeliveredBeforeKill} of them from A); ${retaken} messages A had claimed were taken over by B after the ${LEASE_SECONDS} s lease; ` +
        `all done ${doneAt - killedAt} ms after the kill\n` +
        `${repeats.length} messages in flight at the kill were delivered again with the same Message-ID\n` +
        `process kill summary: escalations fired ${state.fired}/${N} (audit events ${firedEvents}, duplicates 0); mails delivered ${new Set(outbox.map((m) => m.id)).size}/${outbox.length} ` +
        `(${ourReceipts.length} receipts: A ${ourReceipts.filter((r) => r.from === 'instance-a').length}, B ${ourReceipts.filter((r) => r.from === 'instance-b').length}); lost 0; ` +
        `duplicates-by-Message-ID ${dupByMessageId}; kill at +${killedAt - t0} ms (+${killedAt - seededAt} ms after seeding); audit chain ok (${String(verify.body['events'])} events); faults injected = 1\n`,
    );
  }, 120_000);
});
