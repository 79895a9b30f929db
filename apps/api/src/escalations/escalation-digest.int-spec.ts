import { DataSource } from 'typeorm';
import { keepSetting } from '../testing/keep-rows';
import { startTestApp, type LoggedIn, type TestApp, unique } from '../testing/test-app';
import { EscalationDigest } from './escalation-digest';
import { EscalationEngine } from './escalation-engine';
import { ESCALATION_SETTINGS_KEY } from './escalation-settings';

const MIN = 60_000;

interface MailRow {
  id: string;
  to: string;
  kind: string;
  subject: string;
}

/**
 * Issue #16.8: a recipient gets at most one escalation mail per digest interval listing everything
 * due for them, soonest first; an overdue AP deadline waits at most one interval. A recipient
 * without an account acknowledges with their own one-time code, once, while the escalation is current.
 */
describe('escalation digest and one-time codes (HTTP, real database, real outbox rows)', () => {
  let t: TestApp;
  let ds: DataSource;
  let admin: LoggedIn;
  let officer: LoggedIn;
  let restoreSettings: () => Promise<void>;
  let officerId: string;
  const MAILBOX = { name: 'Directie-postbus', email: `${unique('directie').toLowerCase()}@softmakers.example` };

  const settings = async () => (await admin.get('/api/escalation-policy').expect(200)).body as Record<string, unknown>;
  const putSettings = async (patch: Record<string, unknown>) => {
    const { defaultPolicy: _d, ...current } = await settings();
    await admin.put('/api/escalation-policy', { ...current, ...patch }).expect(200);
  };

  /** Breaches (by SQL, as a long-running system would have them) each with one due escalation to management. */
  const seedDue = async (
    tag: string,
    items: { kind: 'authority' | 'customer'; dueInMin: number; firedAgoSec: number }[],
  ) => {
    const policy = {
      acknowledgementTimeoutHours: 2,
      steps: [{ id: 'management-4h', trigger: { type: 'before_due', hours: 4 }, recipients: ['management'] }],
    };
    await ds.query(
      `WITH f AS (SELECT n, kind, due_in, fired_ago FROM unnest($1::text[], $2::int[], $3::int[]) WITH ORDINALITY AS x(kind, due_in, fired_ago, n)),
       br AS (INSERT INTO breaches (reference, title, cause, discovered_at, escalation_policy, created_by_id, version)
              SELECT 'DL-2097-' || $4 || '-' || lpad(n::text, 3, '0'), 'Digest ' || n, 'other', now() - interval '3 days', $5, $6, 1
                FROM f RETURNING id, reference),
       o AS (INSERT INTO obligations (breach_id, kind, basis, due_at, state, late)
             SELECT br.id, f.kind, 'statutory', now() + make_interval(mins => f.due_in), 'open', false
               FROM br JOIN f ON br.reference = 'DL-2097-' || $4 || '-' || lpad(f.n::text, 3, '0')
             RETURNING id, breach_id)
       INSERT INTO escalations (breach_id, obligation_id, step_id, occurrence, due_at, threshold_at, state, planned_recipients)
       SELECT o.breach_id, o.id, 'management-4h', 0, now() - make_interval(secs => f.fired_ago), now() - make_interval(secs => f.fired_ago),
              'scheduled', '["management"]'
         FROM o JOIN br ON br.id = o.breach_id JOIN f ON br.reference = 'DL-2097-' || $4 || '-' || lpad(f.n::text, 3, '0')`,
      [
        items.map((i) => i.kind),
        items.map((i) => i.dueInMin),
        items.map((i) => i.firedAgoSec),
        tag,
        JSON.stringify(policy),
        officerId,
      ],
    );
  };

  const mailsTo = async (email: string, since: Date) =>
    (await ds.query(
      `SELECT id, subject, text, html FROM outbox_messages WHERE kind = 'escalation' AND to_address = $1 AND created_at >= $2 ORDER BY created_at`,
      [email, since],
    )) as { id: string; subject: string; text: string; html: string }[];

  beforeAll(async () => {
    t = await startTestApp();
    ds = t.app.get(DataSource);
    admin = await t.loginAs('admin');
    officer = await t.loginAs('officer');
    officerId = officer.user.id;
    restoreSettings = await keepSetting(ds, ESCALATION_SETTINGS_KEY);
    // whatever earlier test files left due goes out first, then a quiet day passes for every mailbox
    await ds.query(`UPDATE escalation_mailboxes SET next_digest_at = now() WHERE next_digest_at > now()`);
    await t.app.get(EscalationEngine).fireDue();
    await putSettings({ digestIntervalMinutes: 15, managementMailbox: MAILBOX });
    await ds.query(`DELETE FROM escalation_mailboxes WHERE next_digest_at IS NULL`);
  });
  afterAll(async () => {
    // the settings row exactly as found (the test database's digest interval of 0), not re-saved through the API
    await restoreSettings();
    // this file moved digest clocks into the future (sendDue at the end of the interval): back to now
    await ds.query(`UPDATE escalation_mailboxes SET next_digest_at = now() WHERE next_digest_at IS NOT NULL`);
    await t.app.get(EscalationDigest).sendDue();
    await ds.query(`DELETE FROM escalation_mailboxes WHERE next_digest_at IS NULL`);
    await t.close();
  });

  it('validates the interval by field and shows it in the settings (default 15)', async () => {
    const { defaultPolicy: _d, ...current } = await settings();
    for (const bad of [-1, 1441, 2.5, 'soon']) {
      const res = await admin.put('/api/escalation-policy', { ...current, digestIntervalMinutes: bad }).expect(400);
      expect(res.body.message.join(' ')).toMatch(/digestIntervalMinutes/);
    }
    expect((await settings())['digestIntervalMinutes']).toBe(15);
    await officer.put('/api/escalation-policy', { ...current, digestIntervalMinutes: 5 }).expect(403);
  });

  let firstDigestAt: Date;

  it('50 escalations due for one manager within a minute produce ONE mail listing all 50, soonest first', async () => {
    const start = new Date();
    const tag = `A${Date.now()}`;
    // due within the last minute, deadlines in a shuffled order
    const items = Array.from({ length: 50 }, (_, n) => ({
      kind: n % 7 === 0 ? ('authority' as const) : ('customer' as const),
      dueInMin: 60 + ((n * 37) % 50) * 3,
      firedAgoSec: 1 + n,
    }));
    await seedDue(tag, items);
    const engine = t.app.get(EscalationEngine);
    expect(await engine.fireDue()).toBe(50);

    const mails = await mailsTo('manager@lekwacht.test', start);
    expect(mails).toHaveLength(1);
    const text = mails[0]!.text;
    const listed = [...text.matchAll(/^\d+\. (DL-2097-\S+)/gm)].map((m) => m[1]);
    expect(listed).toHaveLength(50);
    expect(mails[0]!.subject).toBe(`[Lekwacht] 50 escalaties — eerst: ${listed[0]}`);
    // soonest first: the order of the seeded deadlines
    const expected = items
      .map((i, n) => ({ ref: `DL-2097-${tag}-${String(n + 1).padStart(3, '0')}`, due: i.dueInMin }))
      .sort((a, b) => a.due - b.due)
      .map((x) => x.ref);
    expect(listed).toEqual(expected);
    // every escalation records its recipients and delivery; one outbox row per recipient, not per escalation
    const [{ rows, outboxRows }] = await ds.query(
      `SELECT count(*)::int AS rows, count(DISTINCT outbox_message_id)::int AS "outboxRows" FROM escalation_recipients r
        WHERE r.email = 'manager@lekwacht.test' AND r.breach_id IN (SELECT id FROM breaches WHERE reference LIKE $1) AND r.delivery_state = 'queued'`,
      [`DL-2097-${tag}-%`],
    );
    expect({ rows, outboxRows }).toEqual({ rows: 50, outboxRows: 1 });
    // each manager and the mailbox got exactly one
    expect(await mailsTo('manager2@lekwacht.test', start)).toHaveLength(1);
    expect(await mailsTo(MAILBOX.email, start)).toHaveLength(1);
    // the mail to a manager (who has an account) carries no codes; a mailbox mail carries only its own
    expect(text).not.toMatch(/code/i);
    const box = (await mailsTo(MAILBOX.email, start))[0]!;
    const codes = [...box.text.matchAll(/eenmalige code om te bevestigen: ([A-Z0-9]{4}-[A-Z0-9]{4})/g)].map(
      (m) => m[1],
    );
    expect(codes).toHaveLength(50);
    expect(new Set(codes).size).toBe(50);
    // codes and tokens are stored as hashes only
    const [{ plain }] = await ds.query(
      `SELECT count(*)::int AS plain FROM escalation_recipients WHERE code_hash = ANY($1) OR link_token_hash = ANY($1)`,
      [codes],
    );
    expect(plain).toBe(0);
    // the escalation shows the recipient's delivery on the breach's list
    const breachId = (await ds.query(`SELECT id FROM breaches WHERE reference = $1`, [listed[0]]))[0].id as string;
    const [esc] = (await officer.get(`/api/escalations?breachId=${breachId}`).expect(200)).body as {
      recipients: { email: string; delivery: string }[];
    }[];
    expect(esc!.recipients.map((r) => r.email)).toEqual(
      expect.arrayContaining(['manager@lekwacht.test', 'manager2@lekwacht.test', MAILBOX.email]),
    );
    expect(esc!.recipients.every((r) => r.delivery === 'queued')).toBe(true);
    const mailList = (await officer.get(`/api/mail?breachId=${breachId}`).expect(200)).body as MailRow[];
    expect(mailList.map((m) => m.id)).toContain(mails[0]!.id);
    firstDigestAt = new Date(
      (
        await ds.query(`SELECT last_digest_at FROM escalation_mailboxes WHERE email = 'manager@lekwacht.test'`)
      )[0].last_digest_at,
    );
  });

  it('holds a second batch within the interval; an overdue AP deadline goes out at the end of the interval, not later', async () => {
    const start = new Date();
    const tag = `B${Date.now()}`;
    await seedDue(tag, [
      { kind: 'customer', dueInMin: 120, firedAgoSec: 1 },
      { kind: 'authority', dueInMin: -90, firedAgoSec: 2 },
    ]);
    const engine = t.app.get(EscalationEngine);
    expect(await engine.fireDue()).toBe(2);
    expect(await mailsTo('manager@lekwacht.test', start)).toHaveLength(0);
    const [box] = await ds.query(
      `SELECT next_digest_at FROM escalation_mailboxes WHERE email = 'manager@lekwacht.test'`,
    );
    expect(new Date(box.next_digest_at).getTime()).toBe(firstDigestAt.getTime() + 15 * MIN);
    const digest = t.app.get(EscalationDigest);
    const ours = ['manager@lekwacht.test', 'manager2@lekwacht.test', MAILBOX.email];
    const count = async () =>
      (
        await ds.query(
          `SELECT count(*)::int AS n FROM outbox_messages WHERE kind = 'escalation' AND to_address = ANY($1)`,
          [ours],
        )
      )[0].n as number;
    /** Digest mails to this file's three recipients that sending at `ms` produced. */
    const mailsAfter = async (ms: number) => {
      const before = await count();
      await digest.sendDue(new Date(ms));
      return (await count()) - before;
    };
    // a minute before the end of the interval: still nothing
    expect(await mailsAfter(firstDigestAt.getTime() + 14 * MIN)).toBe(0);
    // at the end of the interval: one mail per recipient, the overdue AP deadline first (earlier test
    // files may have left other mailboxes due by then: they are counted, but not ours twice)
    expect(await mailsAfter(firstDigestAt.getTime() + 15 * MIN)).toBeGreaterThanOrEqual(3);
    expect(await mailsAfter(firstDigestAt.getTime() + 15 * MIN)).toBe(0);
    const [mail, ...more] = await mailsTo('manager@lekwacht.test', start);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe(`[Lekwacht] 2 escalaties, 1 termijn(en) verstreken — eerst: DL-2097-${tag}-002`);
    expect(mail!.text).toMatch(
      new RegExp(`1\\. DL-2097-${tag}-002 "Digest 2": termijn verstreken — melding aan de Autoriteit`),
    );
  });

  it('withdraws an item whose obligation was settled while it waited for the digest: no mail about it', async () => {
    await ds.query(`DELETE FROM escalation_mailboxes WHERE next_digest_at IS NULL`);
    const digest = t.app.get(EscalationDigest);
    // a first item goes out at once, so the second waits for the end of the interval
    await seedDue(`W${Date.now()}`, [{ kind: 'customer', dueInMin: 300, firedAgoSec: 1 }]);
    await t.app.get(EscalationEngine).fireDue();
    const start = new Date();
    const tag = `X${Date.now()}`;
    await seedDue(tag, [{ kind: 'authority', dueInMin: 100, firedAgoSec: 1 }]);
    await t.app.get(EscalationEngine).fireDue();
    await ds.query(
      `UPDATE obligations SET state = 'fulfilled', fulfilled_at = now()
        WHERE breach_id IN (SELECT id FROM breaches WHERE reference LIKE $1)`,
      [`DL-2097-${tag}-%`],
    );
    expect(await digest.sendDue(new Date(Date.now() + 16 * MIN))).toBe(0);
    expect(await mailsTo('manager@lekwacht.test', start)).toHaveLength(0);
    const states = (await ds.query(
      `SELECT DISTINCT delivery_state FROM escalation_recipients
        WHERE breach_id IN (SELECT id FROM breaches WHERE reference LIKE $1)`,
      [`DL-2097-${tag}-%`],
    )) as { delivery_state: string }[];
    expect(states).toEqual([{ delivery_state: 'withdrawn' }]);
    expect(
      (await ds.query(`SELECT count(*)::int AS n FROM escalation_mailboxes WHERE next_digest_at IS NOT NULL`))[0].n,
    ).toBe(0);
  });

  it('a one-time code from the mailbox mail acknowledges once, not twice, never for another recipient, not after expiry', async () => {
    const start = new Date();
    await ds.query(`DELETE FROM escalation_mailboxes WHERE next_digest_at IS NULL`);
    const tag = `C${Date.now()}`;
    await seedDue(tag, [
      { kind: 'authority', dueInMin: 100, firedAgoSec: 1 },
      { kind: 'customer', dueInMin: 200, firedAgoSec: 2 },
    ]);
    await t.app.get(EscalationEngine).fireDue();
    const [box] = await mailsTo(MAILBOX.email, start);
    const items = [
      ...box!.text.matchAll(
        /\/escalations\/([0-9a-f-]+)\?r=([\w-]+)\n\s+Uw eenmalige code om te bevestigen: ([A-Z0-9]{4}-[A-Z0-9]{4})/g,
      ),
    ].map((m) => ({ id: m[1]!, r: m[2]!, code: m[3]! }));
    expect(items).toHaveLength(2);
    const [first, second] = items as [(typeof items)[0], (typeof items)[0]];
    const anon = t.http();

    // GET/HEAD of the page: shown, nothing changes
    const page = (await anon.get(`/api/escalations/${first.id}/page?r=${first.r}`).expect(200)).body;
    expect(page).toMatchObject({
      current: true,
      recipient: { name: MAILBOX.name, hasAccount: false, acknowledgedAt: null },
    });
    await anon.head(`/api/escalations/${first.id}/page?r=${first.r}`).expect(200);

    // a manager's token (a recipient with an account) cannot be used with a code
    const [managerMail] = await mailsTo('manager@lekwacht.test', start);
    const managerToken = new RegExp(`/escalations/${first.id}\\?r=([\\w-]+)`).exec(managerMail!.text)![1]!;
    await anon
      .post(`/api/escalations/${first.id}/acknowledge-with-code`)
      .send({ r: managerToken, code: first.code })
      .expect(403);
    // the code of one item does not work on another, nor does a wrong one; bad input is a 400 naming the field
    await anon
      .post(`/api/escalations/${second.id}/acknowledge-with-code`)
      .send({ r: second.r, code: first.code })
      .expect(403);
    const bad = await anon
      .post(`/api/escalations/${first.id}/acknowledge-with-code`)
      .send({ r: first.r, code: '' })
      .expect(400);
    expect(bad.body.message.join(' ')).toMatch(/code/);
    const state = async (id: string) =>
      (await ds.query(`SELECT state, acknowledged_by FROM escalations WHERE id = $1`, [id]))[0] as {
        state: string;
        acknowledged_by: string | null;
      };
    expect(await state(first.id)).toEqual({ state: 'fired', acknowledged_by: null });

    // the right code, lower case and without the dash: acknowledged, as the mailbox
    const ok = await anon
      .post(`/api/escalations/${first.id}/acknowledge-with-code`)
      .send({ r: first.r, code: first.code.replace('-', '').toLowerCase() })
      .expect(200);
    expect(ok.body.recipients.find((r: { email: string }) => r.email === MAILBOX.email).acknowledgedAt).not.toBeNull();
    expect(await state(first.id)).toEqual({ state: 'acknowledged', acknowledged_by: MAILBOX.name });
    // not twice
    await anon
      .post(`/api/escalations/${first.id}/acknowledge-with-code`)
      .send({ r: first.r, code: first.code })
      .expect(409);
    const breachId = (await ds.query(`SELECT breach_id FROM escalations WHERE id = $1`, [first.id]))[0].breach_id;
    const timeline = (await officer.get(`/api/breaches/${breachId}/timeline`).expect(200)).body as {
      action: string;
      description: { nl: string; en: string };
    }[];
    expect(timeline.find((e) => e.action === 'escalation.acknowledged')!.description.en).toBe(
      `Escalation acknowledged by ${MAILBOX.name} (${MAILBOX.email}) with a one-time code`,
    );

    // not after expiry: the obligation of the second item is settled, its code no longer works
    await ds.query(
      `UPDATE obligations SET state = 'fulfilled', fulfilled_at = now() WHERE id = (SELECT obligation_id FROM escalations WHERE id = $1)`,
      [second.id],
    );
    const expired = await anon
      .post(`/api/escalations/${second.id}/acknowledge-with-code`)
      .send({ r: second.r, code: second.code })
      .expect(409);
    expect(expired.body.message.join(' ')).toMatch(/expired/);
    expect(await state(second.id)).toEqual({ state: 'fired', acknowledged_by: null });
    expect((await anon.get(`/api/escalations/${second.id}/page?r=${second.r}`).expect(200)).body).toMatchObject({
      current: false,
      expiredReason: 'settled',
    });
  });

  it('locks a code after five wrong tries', async () => {
    const start = new Date();
    await ds.query(`DELETE FROM escalation_mailboxes WHERE next_digest_at IS NULL`);
    await seedDue(`D${Date.now()}`, [{ kind: 'customer', dueInMin: 100, firedAgoSec: 1 }]);
    await t.app.get(EscalationEngine).fireDue();
    const [box] = await mailsTo(MAILBOX.email, start);
    const [, id, r, code] =
      /\/escalations\/([0-9a-f-]+)\?r=([\w-]+)\n\s+Uw eenmalige code om te bevestigen: (\S+)/.exec(box!.text)!;
    const anon = t.http();
    for (let n = 0; n < 5; n++)
      await anon.post(`/api/escalations/${id}/acknowledge-with-code`).send({ r, code: 'AAAA-AAAA' }).expect(403);
    const locked = await anon.post(`/api/escalations/${id}/acknowledge-with-code`).send({ r, code }).expect(403);
    expect(locked.body.message.join(' ')).toMatch(/too many/);
  });
});
