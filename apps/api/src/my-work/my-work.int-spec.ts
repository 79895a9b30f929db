import { DataSource } from 'typeorm';
import { EscalationEngine } from '../escalations/escalation-engine';
import { completeApForm } from '../testing/ap-content';
import { DEMO_PASSWORD, startTestApp, type LoggedIn, type TestApp, unique } from '../testing/test-app';

const HOUR = 3_600_000;

interface MyWork {
  ownedBreaches: { id: string; reference: string; status: string; owner: { id: string; name: string } | null }[];
  ownedBreachesTotal: number;
  escalationsToAcknowledge: {
    escalationId: string;
    breachId: string;
    breachReference: string;
    breachTitle: string;
    obligationKind: string;
    dueAt: string;
    firedAt: string | null;
  }[];
  approvalsWaiting: {
    kind: 'authority_notification' | 'not_required';
    breachId: string;
    breachReference: string;
    obligationId: string | null;
    obligationKind: string | null;
    requestedBy: { id: string; name: string } | null;
    dueAt: string | null;
  }[];
}

/** Issue #18 point 5: GET /api/my-work per role — what waits for the signed-in user, and nothing else. */
describe('my work (HTTP, real database)', () => {
  let t: TestApp;
  let admin: LoggedIn;
  let manager: LoggedIn;
  let manager2: LoggedIn;

  /** A fresh officer, so "breaches I own" starts empty whatever earlier runs left in the database. */
  const freshUser = async (role: 'officer' | 'manager' | 'admin') => {
    const email = `${unique(`mijn-werk-${role}`)}@lekwacht.test`.toLowerCase();
    const name = unique(`Mijn Werk ${role}`);
    const res = await admin.post('/api/users', { email, name, role, password: DEMO_PASSWORD }).expect(201);
    return { id: res.body.id as string, name, email, session: await t.loginAs({ email, password: DEMO_PASSWORD }) };
  };
  const register = async (by: LoggedIn, over: Record<string, unknown> = {}) =>
    (
      await by
        .post('/api/breaches', {
          title: unique('Mijn werk'),
          cause: 'misdirected_mail',
          discoveredAt: new Date(Date.now() - 2 * HOUR).toISOString(),
          ...over,
        })
        .expect(201)
    ).body as { id: string; reference: string; title: string; obligations: { id: string; kind: string }[] };
  const myWork = async (as: LoggedIn) => (await as.get('/api/my-work').expect(200)).body as MyWork;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.loginAs('admin');
    manager = await t.loginAs('manager');
    manager2 = await t.loginAs('manager2');
  });
  afterAll(() => t.close());

  it('an officer sees the open breaches they own, not closed or handed-over ones, and no approvals', async () => {
    const me = await freshUser('officer');
    const colleague = await freshUser('officer');
    const open = await register(me.session);
    const handedOver = await register(me.session);
    await me.session.post(`/api/breaches/${handedOver.id}/owner`, { ownerId: colleague.id }).expect(200);
    const closed = await register(me.session);
    await t.app.get(DataSource).query(`UPDATE breaches SET status = 'closed' WHERE id = $1`, [closed.id]);
    await register(colleague.session);

    const work = await myWork(me.session);
    expect(work.ownedBreaches.map((b) => b.id)).toEqual([open.id]);
    expect(work.ownedBreaches[0]).toMatchObject({
      reference: open.reference,
      status: 'open',
      owner: { id: me.id, name: me.name },
    });
    expect(work.ownedBreachesTotal).toBe(1);
    expect(work.approvalsWaiting).toEqual([]);
    expect(work.escalationsToAcknowledge).toEqual([]);
    expect((await myWork(colleague.session)).ownedBreaches).toHaveLength(2);
  });

  it('lists a fired escalation addressed to me until I acknowledge it; it is not on anyone else’s list', async () => {
    const me = await freshUser('officer');
    // discovered 61 h ago: the AP duty has 11 h left, so the contact person's 12 h step is due
    const b = await register(me.session, {
      discoveredAt: new Date(Date.now() - 61 * HOUR).toISOString(),
      contactPersonId: me.id,
    });
    expect((await myWork(me.session)).escalationsToAcknowledge).toEqual([]);
    await t.app.get(EscalationEngine).fireDue();

    const [item, ...rest] = (await myWork(me.session)).escalationsToAcknowledge;
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      breachId: b.id,
      breachReference: b.reference,
      breachTitle: b.title,
      obligationKind: 'authority',
    });
    expect(Date.parse(item!.dueAt) - Date.now()).toBeGreaterThan(10 * HOUR);
    expect(item!.firedAt).not.toBeNull();
    const others = await myWork(manager);
    expect(others.escalationsToAcknowledge.map((e) => e.escalationId)).not.toContain(item!.escalationId);

    await me.session.post(`/api/escalations/${item!.escalationId}/acknowledge`).expect(200);
    expect((await myWork(me.session)).escalationsToAcknowledge).toEqual([]);
  });

  it('drops an escalation whose duty was settled before I acknowledged it', async () => {
    const me = await freshUser('officer');
    const b = await register(me.session, {
      discoveredAt: new Date(Date.now() - 61 * HOUR).toISOString(),
      contactPersonId: me.id,
    });
    await t.app.get(EscalationEngine).fireDue();
    expect((await myWork(me.session)).escalationsToAcknowledge.map((e) => e.breachId)).toEqual([b.id]);
    const authority = b.obligations.find((o) => o.kind === 'authority')!;
    await t.app.get(DataSource).query(`UPDATE obligations SET state = 'fulfilled' WHERE id = $1`, [authority.id]);
    expect((await myWork(me.session)).escalationsToAcknowledge).toEqual([]);
  });

  it('a manager sees AP drafts and "not required" proposals awaiting approval, never one they submitted (four-eyes)', async () => {
    const officer = await freshUser('officer');
    const apBreach = await register(officer.session);
    await completeApForm(officer.session, apBreach.id);
    await officer.session.post(`/api/breaches/${apBreach.id}/authority-notification/submit`).expect(200);
    const nrBreach = await register(officer.session);
    const authority = nrBreach.obligations.find((o) => o.kind === 'authority')!;
    await officer.session
      .post(`/api/obligations/${authority.id}/not-required`, {
        rationale: 'De e-mail ging naar een collega met geheimhoudingsplicht en is verwijderd',
      })
      .expect(200);

    const work = await myWork(manager);
    const ap = work.approvalsWaiting.find((a) => a.breachId === apBreach.id);
    expect(ap).toMatchObject({
      kind: 'authority_notification',
      breachReference: apBreach.reference,
      obligationId: null,
      requestedBy: { id: officer.id, name: officer.name },
    });
    expect(Date.parse(ap!.dueAt!) - Date.now()).toBeGreaterThan(60 * HOUR);
    expect(work.approvalsWaiting.find((a) => a.breachId === nrBreach.id)).toMatchObject({
      kind: 'not_required',
      obligationId: authority.id,
      obligationKind: 'authority',
      requestedBy: { id: officer.id, name: officer.name },
    });
    // officers approve nothing: their list stays empty though both wait
    expect((await myWork(officer.session)).approvalsWaiting).toEqual([]);

    // the submitter becomes a manager: still not theirs to approve, while another manager sees both
    await admin.patch(`/api/users/${officer.id}`, { role: 'manager' }).expect(200);
    const promoted = await t.loginAs({ email: officer.email, password: DEMO_PASSWORD });
    const own = (await myWork(promoted)).approvalsWaiting.map((a) => a.breachId);
    expect(own).not.toContain(apBreach.id);
    expect(own).not.toContain(nrBreach.id);
    const other = (await myWork(manager2)).approvalsWaiting.map((a) => a.breachId);
    expect(other).toEqual(expect.arrayContaining([apBreach.id, nrBreach.id]));

    // approved: gone from every list
    await manager.post(`/api/breaches/${apBreach.id}/authority-notification/approve`).expect(200);
    await manager.post(`/api/obligations/${authority.id}/not-required/approve`).expect(200);
    const after = (await myWork(manager2)).approvalsWaiting.map((a) => a.breachId);
    expect(after).not.toContain(apBreach.id);
    expect(after).not.toContain(nrBreach.id);
  });

  it('an admin gets the page too: no breaches or approvals, but escalations addressed to them', async () => {
    const officer = await freshUser('officer');
    const adminUser = await freshUser('admin');
    const b = await register(officer.session, {
      discoveredAt: new Date(Date.now() - 61 * HOUR).toISOString(),
      contactPersonId: adminUser.id,
    });
    await t.app.get(EscalationEngine).fireDue();
    const work = await myWork(adminUser.session);
    expect(work.ownedBreaches).toEqual([]);
    expect(work.ownedBreachesTotal).toBe(0);
    expect(work.approvalsWaiting).toEqual([]);
    expect(work.escalationsToAcknowledge.map((e) => e.breachId)).toEqual([b.id]);
  });

  it('needs a session', async () => {
    await t.http().get('/api/my-work').expect(401);
  });
});
