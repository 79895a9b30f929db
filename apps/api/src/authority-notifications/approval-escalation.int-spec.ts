import { DataSource } from 'typeorm';
import { EscalationEngine } from '../escalations/escalation-engine';
import { startTestApp, type LoggedIn, type TestApp, unique, resetDigestClocks } from '../testing/test-app';
import { completeApForm } from '../testing/ap-content';

const HOUR = 3_600_000;

interface Escalation {
  id: string;
  step: string;
  state: string;
  occurrence?: number;
  dueAt: string;
  recipients: { name: string; email: string; kind: string }[];
}

/** DESIGN: a draft waiting for approval escalates like an obligation, so a slow approver causes an escalation, not a missed deadline. */
describe('AP notification awaiting approval escalates to managers (HTTP, real database)', () => {
  let t: TestApp;
  let officer: LoggedIn;
  let manager: LoggedIn;
  let admin: LoggedIn;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.loginAs('officer');
    manager = await t.loginAs('manager');
    admin = await t.loginAs('admin');
  });
  afterAll(() => t.close());

  const breach = async (hoursAgo: number) =>
    (
      await officer
        .post('/api/breaches', {
          title: unique('Laptop gestolen'),
          cause: 'lost_or_stolen_device',
          discoveredAt: new Date(Date.now() - hoursAgo * HOUR).toISOString(),
        })
        .expect(201)
    ).body as { id: string; reference: string };
  const url = (id: string, suffix = '') => `/api/breaches/${id}/authority-notification${suffix}`;
  const approvalRows = async (id: string) =>
    ((await officer.get(`/api/escalations?breachId=${id}`).expect(200)).body as Escalation[]).filter(
      (e) => e.step === 'approval-waiting',
    );
  const makeDue = (id: string) =>
    t.app
      .get(DataSource)
      .query(
        `UPDATE escalations SET due_at = now() - interval '1 second' WHERE breach_id = $1 AND step_id = 'approval-waiting' AND state = 'scheduled'`,
        [id],
      );

  it('submitting plans a reminder 4 h later; when due it mails every manager once and plans the next; approving cancels it', async () => {
    const b = await breach(2);
    const before = Date.now();
    await completeApForm(officer, b.id);
    await officer.post(url(b.id, '/submit')).expect(200);
    const [planned] = await approvalRows(b.id);
    expect(planned).toMatchObject({ state: 'scheduled' });
    const dueIn = new Date(planned.dueAt).getTime() - before;
    expect(dueIn).toBeGreaterThan(4 * HOUR - 60_000);
    expect(dueIn).toBeLessThan(4 * HOUR + 60_000);

    const waiting = (await manager.get('/api/authority-notifications?state=awaiting_approval').expect(200)).body as {
      breachId: string;
      draftedBy: { name: string };
    }[];
    expect(waiting.find((w) => w.breachId === b.id)).toMatchObject({ draftedBy: { name: expect.any(String) } });

    await makeDue(b.id);
    // earlier test files may have left the managers' digest clocks in the future: start afresh
    await resetDigestClocks(t);
    const engine = t.app.get(EscalationEngine);
    await engine.fireDue();
    await engine.fireDue();
    const rows = await approvalRows(b.id);
    const fired = rows.filter((r) => r.state === 'fired');
    expect(fired).toHaveLength(1);
    expect(fired[0].recipients.map((r) => r.email)).toEqual(
      expect.arrayContaining(['manager@lekwacht.test', 'manager2@lekwacht.test']),
    );
    expect(fired[0].recipients.every((r) => r.kind === 'management')).toBe(true);
    const next = rows.filter((r) => r.state === 'scheduled');
    expect(next).toHaveLength(1);
    expect(new Date(next[0].dueAt).getTime() - Date.now()).toBeGreaterThan(4 * HOUR - 60_000);

    const mails = (await officer.get(`/api/mail?breachId=${b.id}`).expect(200)).body as {
      id: string;
      to: string;
      subject: string;
      text: string;
      kind: string;
    }[];
    const reminders = mails.filter((m) => m.kind === 'escalation');
    expect(reminders).toHaveLength(fired[0].recipients.length);
    // a digest: it may list other breaches' items that fell due in the same run, but names this one
    // (the list carries no bodies: each mail is opened, as in the mailbox)
    for (const reminder of reminders) {
      const mail = (await officer.get(`/api/mail/${reminder.id}`).expect(200)).body as {
        subject: string;
        text: string;
      };
      expect(`${mail.subject}\n${mail.text}`).toMatch(/wacht op (uw )?goedkeuring|waiting for your approval/i);
    }
    const timeline = (await officer.get(`/api/breaches/${b.id}/timeline`).expect(200)).body as {
      description: { nl: string };
    }[];
    expect(timeline.map((e) => e.description.nl)).toContainEqual(
      expect.stringContaining('AP-melding wacht op goedkeuring'),
    );

    await manager.post(url(b.id, '/approve')).expect(200);
    expect((await approvalRows(b.id)).filter((r) => r.state === 'scheduled')).toEqual([]);
    const still = (await manager.get('/api/authority-notifications?state=awaiting_approval').expect(200)).body as {
      breachId: string;
    }[];
    expect(still.map((w) => w.breachId)).not.toContain(b.id);
    expect(
      (
        (await manager.get('/api/authority-notifications?state=approved').expect(200)).body as { breachId: string }[]
      ).map((w) => w.breachId),
    ).toContain(b.id);
  });

  it('a draft submitted close to the deadline is escalated halfway; a rejection cancels it and a re-submission continues counting', async () => {
    const b = await breach(70); // 2 h left of the 72
    await completeApForm(officer, b.id);
    await officer.post(url(b.id, '/submit')).expect(200);
    const [first] = await approvalRows(b.id);
    const dueIn = new Date(first.dueAt).getTime() - Date.now();
    expect(dueIn).toBeLessThan(HOUR + 60_000);
    expect(dueIn).toBeGreaterThan(HOUR - 120_000);

    await manager.post(url(b.id, '/reject'), { reason: 'Sectie 4 aanvullen' }).expect(200);
    expect((await approvalRows(b.id)).map((r) => r.state)).toEqual(['cancelled']);
    await makeDue(b.id);
    await t.app.get(EscalationEngine).fireDue();
    expect((await approvalRows(b.id)).map((r) => r.state)).toEqual(['cancelled']);

    await completeApForm(officer, b.id);
    await officer.post(url(b.id, '/submit')).expect(200);
    const again = await approvalRows(b.id);
    expect(again.map((r) => r.state).sort()).toEqual(['cancelled', 'scheduled']);
    const counts = (await t.app
      .get(DataSource)
      .query(
        `SELECT occurrence FROM escalations WHERE breach_id = $1 AND step_id = 'approval-waiting' ORDER BY occurrence`,
        [b.id],
      )) as { occurrence: number }[];
    expect(counts.map((c) => c.occurrence)).toEqual([0, 1]);
  });

  it('the list validates its filter (400 naming state) and is for officers and managers', async () => {
    const res = await manager.get('/api/authority-notifications?state=bogus').expect(400);
    expect(JSON.stringify(res.body)).toContain('state');
    await admin.get('/api/authority-notifications').expect(403);
    await officer.get('/api/authority-notifications').expect(200);
  });

  it('the reminder interval is part of the escalation settings, validated by field', async () => {
    const current = (await admin.get('/api/escalation-policy').expect(200)).body as {
      policy: unknown;
      managementMailbox: unknown;
      approvalEscalation: unknown;
    };
    expect(current.approvalEscalation).toEqual({ afterHours: 4, everyHours: 4 });
    const bad = await admin
      .put('/api/escalation-policy', {
        policy: current.policy,
        managementMailbox: current.managementMailbox,
        approvalEscalation: { afterHours: 0, everyHours: 4 },
      })
      .expect(400);
    expect(JSON.stringify(bad.body)).toContain('approvalEscalation.afterHours');
    expect((await admin.get('/api/escalation-policy').expect(200)).body.approvalEscalation).toEqual({
      afterHours: 4,
      everyHours: 4,
    });
  });
});
