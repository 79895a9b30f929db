import { DataSource } from 'typeorm';
import { startTestApp, type TestApp, type LoggedIn, unique, resetDigestClocks } from '../testing/test-app';
import { MailWorker } from '../mail/mail-worker';
import { EscalationEngine } from './escalation-engine';

const HOUR = 3_600_000;
const embedded = process.env['DATABASE_POOL_SIZE'] === '1';

interface Escalation {
  id: string;
  step: string;
  state: string;
  obligationId: string;
  recipients: { name: string; email: string; kind: string; delivery: string; acknowledgedAt: string | null }[];
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
}

describe('escalation engine and mail outbox (HTTP, real database)', () => {
  let t: TestApp;
  let officer: LoggedIn;
  let manager: LoggedIn;
  let customerId: string;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.loginAs('officer');
    manager = await t.loginAs('manager');
    const admin = await t.loginAs('admin');
    customerId = (
      await admin
        .post('/api/customers', {
          name: unique('Klant'),
          contactPerson: null,
          management: { name: 'Directie', email: 'directie@klant.example' },
          language: 'en',
        })
        .expect(201)
    ).body.id;
  });
  // each test fires escalations: it starts with the managers' digest clocks cleared
  beforeEach(async () => {
    await resetDigestClocks(t);
  });

  afterAll(() => t.close());

  /** Discovered 61 h ago: the AP duty has 11 h left (past the 12 h threshold), the customer's 48 h are over. */
  const registerLate = async (contactPersonId: string | null) =>
    (
      await officer
        .post('/api/breaches', {
          title: unique('Ransomware op fileserver'),
          cause: 'malware',
          discoveredAt: new Date(Date.now() - 61 * HOUR).toISOString(),
          contactPersonId,
          affectedCustomers: [{ customerId, subjectsCount: 10, role: 'processor' }],
        })
        .expect(201)
    ).body as { id: string; reference: string; obligations: { id: string; kind: string }[] };

  const escalationsOf = async (breachId: string) =>
    (await officer.get(`/api/escalations?breachId=${breachId}`).expect(200)).body as Escalation[];

  it('escalates to the named contact person at 12 h left and to management once overdue, exactly once, with outbox mail and timeline entries', async () => {
    const breach = await registerLate(manager.user.id);
    const planned = await escalationsOf(breach.id);
    const authority = breach.obligations.find((o) => o.kind === 'authority')!;
    // a late registration plans only the most recent past step, not a burst of stale ones
    expect(
      planned.filter((e) => e.obligationId === authority.id && e.state === 'scheduled').map((e) => e.step),
    ).toEqual(['contact-person-12h', 'management-4h', 'overdue-every-4h']);

    const engine = t.app.get(EscalationEngine);
    await engine.fireDue();
    await engine.fireDue(); // a second run fires nothing more
    const after = await escalationsOf(breach.id);
    const fired = after.filter((e) => e.state === 'fired');
    const toContact = fired.find((e) => e.step === 'contact-person-12h')!;
    expect(toContact.recipients).toEqual([
      expect.objectContaining({ name: 'Maarten Manager', email: 'manager@lekwacht.test', kind: 'contact_person' }),
    ]);
    const overdue = fired.find((e) => e.step === 'overdue-every-4h')!;
    expect(overdue.recipients.every((r) => r.kind === 'management')).toBe(true);
    expect(overdue.recipients.map((r) => r.email)).toEqual(
      expect.arrayContaining(['manager@lekwacht.test', 'manager2@lekwacht.test']),
    );
    expect(fired).toHaveLength(2);
    // the recurring overdue step and the acknowledgement follow-up are planned
    const scheduled = (obligationId: string) =>
      after
        .filter((e) => e.state === 'scheduled' && e.obligationId === obligationId)
        .map((e) => e.step)
        .sort();
    expect(scheduled(authority.id)).toEqual(['contact-person-12h:ack-timeout', 'management-4h', 'overdue-every-4h']);
    const customer = breach.obligations.find((o) => o.kind === 'customer')!;
    expect(scheduled(customer.id)).toEqual(['overdue-every-4h']);
    expect(after.find((e) => e.obligationId === customer.id && e.state === 'scheduled')).toMatchObject({
      step: 'overdue-every-4h',
    });

    const mails = (await officer.get(`/api/mail?breachId=${breach.id}`).expect(200)).body as {
      id: string;
      to: string;
      subject: string;
      kind: string;
    }[];
    // one digest per recipient: the contact person (also a manager) gets both items in one mail
    const recipientsOfBreach = new Set([...overdue.recipients, ...toContact.recipients].map((r) => r.email));
    const escalationMails = mails.filter((m) => m.kind === 'escalation');
    expect(escalationMails.map((m) => m.to).sort()).toEqual([...recipientsOfBreach].sort());
    const one = (
      await officer.get(`/api/mail/${escalationMails.find((m) => m.to === 'manager@lekwacht.test')!.id}`).expect(200)
    ).body;
    expect(one.text).toContain(breach.reference);
    expect(one.text).toMatch(/melding aan de Autoriteit Persoonsgegevens/);
    expect(one.text).toMatch(/nog 1[01] uur/);
    expect(one.html).toContain(`/escalations/${toContact.id}?r=`);
    // no one-click acknowledgement, and no code for a recipient who has an account
    expect(one.text).not.toMatch(/acknowledge|sig=|eenmalige code/);
    expect(toContact.recipients[0]).toMatchObject({ delivery: 'queued', acknowledgedAt: null });

    const timeline = (await officer.get(`/api/breaches/${breach.id}/timeline`).expect(200)).body as {
      action: string;
      source: string;
      description: { nl: string; en: string };
    }[];
    const firedOnTimeline = timeline.filter((e) => e.action === 'escalation.fired' && e.source === 'escalation');
    expect(firedOnTimeline).toHaveLength(2);
    expect(firedOnTimeline.map((e) => e.description.nl)).toContain(
      'Escalatie (melding aan de AP) verstuurd aan Maarten Manager',
    );
  });

  it('escalates to management at once when there is no named contact person', async () => {
    const breach = await registerLate(null);
    await t.app.get(EscalationEngine).fireDue();
    const toContact = (await escalationsOf(breach.id)).find(
      (e) => e.step === 'contact-person-12h' && e.state === 'fired',
    )!;
    expect(toContact.recipients.map((r) => r.email)).toEqual(
      expect.arrayContaining(['manager@lekwacht.test', 'manager2@lekwacht.test']),
    );
    expect(toContact.recipients.every((r) => r.kind === 'management')).toBe(true);
    const mail = (await officer.get(`/api/mail?breachId=${breach.id}`).expect(200)).body.find(
      (m: { to: string }) => m.to === 'manager2@lekwacht.test',
    );
    expect((await officer.get(`/api/mail/${mail.id}`).expect(200)).body.text).toMatch(/geen contactpersoon/);
  });

  it('escalates to management when the contact person does not acknowledge in time, not when they do', async () => {
    const ds = t.app.get(DataSource);
    const engine = t.app.get(EscalationEngine);
    const silent = await registerLate(manager.user.id);
    const acked = await registerLate(manager.user.id);
    await engine.fireDue();
    const ackedEscalation = (await escalationsOf(acked.id)).find((e) => e.step === 'contact-person-12h')!;
    await manager.post(`/api/escalations/${ackedEscalation.id}/acknowledge`).expect(200);
    await ds.query(
      `UPDATE escalations SET due_at = now() - interval '1 second' WHERE step_id LIKE '%:ack-timeout' AND breach_id IN ($1, $2)`,
      [silent.id, acked.id],
    );
    await engine.fireDue();
    const silentFollowUp = (await escalationsOf(silent.id)).find((e) => e.step === 'contact-person-12h:ack-timeout')!;
    expect(silentFollowUp.state).toBe('fired');
    expect(silentFollowUp.recipients.every((r) => r.kind === 'management')).toBe(true);
    const ackedFollowUp = (await escalationsOf(acked.id)).find((e) => e.step === 'contact-person-12h:ack-timeout')!;
    expect(ackedFollowUp.state).toBe('skipped');
  });

  it('GET and HEAD on the mail link change nothing; a POST by a logged-in recipient acknowledges and records who', async () => {
    const breach = await registerLate(manager.user.id);
    await t.app.get(EscalationEngine).fireDue();
    const toContact = (await escalationsOf(breach.id)).find((e) => e.step === 'contact-person-12h')!;
    const mails = (await officer.get(`/api/mail?breachId=${breach.id}`).expect(200)).body as {
      id: string;
      to: string;
    }[];
    // the officer's mailbox view masks link tokens: read the message as it leaves, from the outbox
    const [{ text }] = (await t.app
      .get(DataSource)
      .query(`SELECT text FROM outbox_messages WHERE id = $1`, [
        mails.find((m) => m.to === manager.user.email)!.id,
      ])) as {
      text: string;
    }[];
    const link = new RegExp(`(/escalations/${toContact.id}\\?r=[\\w-]+)`).exec(text)?.[1];
    if (!link) throw new Error(text);
    const token = new URL(link, 'http://x').searchParams.get('r')!;

    // what a mail scanner does: open the link, the page data, the old one-click route, every way
    const anon = t.http();
    await anon.get(`/api/escalations/${toContact.id}/page?r=${token}`).expect(200);
    await anon.head(`/api/escalations/${toContact.id}/page?r=${token}`).expect(200);
    const legacy = await anon.get(`/api/escalations/${toContact.id}/acknowledge?sig=anything`).expect(303);
    expect(legacy.headers['location']).toMatch(new RegExp(`/escalations/${toContact.id}$`));
    await anon.head(`/api/escalations/${toContact.id}/acknowledge`).expect(303);
    await anon.get(`/api/escalations/${toContact.id}/page?r=${'x'.repeat(32)}`).expect(404);
    const page = (await anon.get(`/api/escalations/${toContact.id}/page?r=${token}`).expect(200)).body;
    expect(page).toMatchObject({
      breachReference: breach.reference,
      obligationKind: 'authority',
      step: 'contact-person-12h',
      current: true,
      recipient: { name: 'Maarten Manager', hasAccount: true, isYou: false, acknowledgedAt: null },
      acknowledgements: [],
    });
    expect(JSON.stringify(page)).not.toMatch(/codeHash|linkToken|@lekwacht/);
    const untouched = (await escalationsOf(breach.id)).find((e) => e.id === toContact.id)!;
    expect(untouched).toMatchObject({ state: 'fired', acknowledgedAt: null });

    // an anonymous POST is refused; the logged-in recipient acknowledges
    await anon.post(`/api/escalations/${toContact.id}/acknowledge`).expect(401);
    expect((await manager.get(`/api/escalations/${toContact.id}/page`).expect(200)).body.recipient.isYou).toBe(true);
    const acked = (await manager.post(`/api/escalations/${toContact.id}/acknowledge`).expect(200)).body as Escalation;
    expect(acked).toMatchObject({ state: 'acknowledged', acknowledgedBy: 'Maarten Manager' });
    expect(acked.recipients).toEqual([
      expect.objectContaining({ email: manager.user.email, acknowledgedAt: expect.any(String) }),
    ]);
    const timeline = (await officer.get(`/api/breaches/${breach.id}/timeline`).expect(200)).body as {
      action: string;
      description: { nl: string };
    }[];
    expect(timeline.filter((e) => e.action === 'escalation.acknowledged').map((e) => e.description.nl)).toEqual([
      'Escalatie bevestigd door Maarten Manager (manager@lekwacht.test)',
    ]);
  });

  it('lets only recipients acknowledge (403 for anyone else), and only while the escalation is current', async () => {
    const breach = await registerLate(manager.user.id);
    await t.app.get(EscalationEngine).fireDue();
    const toContact = (await escalationsOf(breach.id)).find((x) => x.step === 'contact-person-12h')!;
    const manager2 = await t.loginAs('manager2');
    await officer.post(`/api/escalations/${toContact.id}/acknowledge`).expect(403);
    await manager2.post(`/api/escalations/${toContact.id}/acknowledge`).expect(403);
    await manager2.get(`/api/escalations/${toContact.id}/page`).expect(403);
    await officer.get('/api/escalations').expect(400);
    // the contact person did not react; the follow-up to management fires: the first link has expired
    const ds = t.app.get(DataSource);
    await ds.query(
      `UPDATE escalations SET due_at = now() - interval '1 second' WHERE step_id = 'contact-person-12h:ack-timeout' AND breach_id = $1`,
      [breach.id],
    );
    await t.app.get(EscalationEngine).fireDue();
    const res = await manager.post(`/api/escalations/${toContact.id}/acknowledge`).expect(409);
    expect(res.body.message.join(' ')).toMatch(/expired/);
    expect((await manager.get(`/api/escalations/${toContact.id}/page`).expect(200)).body).toMatchObject({
      current: false,
      expiredReason: 'superseded',
    });
    // the follow-up itself is current and goes to both managers
    const followUp = (await escalationsOf(breach.id)).find((x) => x.step === 'contact-person-12h:ack-timeout')!;
    await manager2.post(`/api/escalations/${followUp.id}/acknowledge`).expect(200);
    await manager.post(`/api/escalations/${followUp.id}/acknowledge`).expect(200);
    const both = (await escalationsOf(breach.id)).find((x) => x.id === followUp.id)!;
    expect(both.acknowledgedBy).toBe('Mirjam de Directeur');
    expect(
      both.recipients
        .filter((r) => r.acknowledgedAt)
        .map((r) => r.email)
        .sort(),
    ).toEqual(['manager2@lekwacht.test', 'manager@lekwacht.test']);
  });

  it('delivers the outbox to the built-in mailbox and marks it sent', async () => {
    const breach = await registerLate(null);
    await t.app.get(EscalationEngine).fireDue();
    await t.app.get(MailWorker).kick();
    const mails = (await officer.get(`/api/mail?breachId=${breach.id}`).expect(200)).body as {
      status: string;
      sentAt: string | null;
      attempts: number;
    }[];
    expect(mails.length).toBeGreaterThan(0);
    for (const m of mails) expect(m).toMatchObject({ status: 'sent', attempts: 1 });
  });

  (embedded ? it.skip : it)(
    'fires every due step exactly once with two instances firing at the same time',
    async () => {
      const second = await startTestApp();
      try {
        const breaches = [];
        for (let i = 0; i < 15; i++) breaches.push(await registerLate(i % 2 ? manager.user.id : null));
        const [a, b] = await Promise.all([
          t.app.get(EscalationEngine).fireDue(),
          second.app.get(EscalationEngine).fireDue(),
        ]);
        expect(a + b).toBe(30);
        const ds = t.app.get(DataSource);
        const dupes = await ds.query(
          `SELECT entity_id, count(*) FROM audit_events WHERE action = 'escalation.fired' AND breach_id = ANY($1) GROUP BY entity_id HAVING count(*) > 1`,
          [breaches.map((x) => x.id)],
        );
        expect(dupes).toEqual([]);
      } finally {
        await second.close();
      }
    },
  );
});
