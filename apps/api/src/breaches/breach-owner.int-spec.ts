import { DataSource } from 'typeorm';
import { EscalationEngine } from '../escalations/escalation-engine';
import { deliveredMail } from '../testing/delivered-mail';
import { DEMO_PASSWORD, startTestApp, type LoggedIn, type TestApp, unique } from '../testing/test-app';

const HOUR = 3_600_000;

interface Owner {
  id: string;
  name: string;
}
interface TimelineEntry {
  action: string;
  actor: string;
  description: { nl: string; en: string };
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Issue #18 point 1: every breach has an owner, an officer; handing over is audited and mails the new owner. */
describe('breach owner and handover (HTTP, real database)', () => {
  let t: TestApp;
  let officer: LoggedIn;
  let manager: LoggedIn;
  let admin: LoggedIn;
  let colleague: { id: string; name: string; email: string };
  let colleagueSession: LoggedIn;
  let customerName: string;
  let customerId: string;

  const mkUser = async (role: string, language = 'nl', active = true) => {
    const name = unique(`Collega ${role}`);
    const email = `${unique(role)}@lekwacht.test`.toLowerCase();
    const res = await admin.post('/api/users', { email, name, role, language, password: DEMO_PASSWORD }).expect(201);
    const id = res.body.id as string;
    if (!active) await admin.patch(`/api/users/${id}`, { active: false }).expect(200);
    return { id, name, email };
  };

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.loginAs('officer');
    manager = await t.loginAs('manager');
    admin = await t.loginAs('admin');
    colleague = await mkUser('officer', 'en');
    colleagueSession = await t.loginAs({ email: colleague.email, password: DEMO_PASSWORD });
    customerName = unique('Zorggroep Geheim');
    customerId = (
      await admin
        .post('/api/customers', {
          name: customerName,
          contactPerson: { name: 'Karel Contactpersoon', email: 'karel@zorggroep.example' },
          management: { name: 'Directie', email: 'directie@zorggroep.example' },
          language: 'nl',
        })
        .expect(201)
    ).body.id as string;
  });
  afterAll(() => t.close());

  const register = async (by: LoggedIn = officer) =>
    (
      await by
        .post('/api/breaches', {
          title: unique('Laptop gestolen'),
          description: 'Laptop van Jan Jansen (BSN 123456782) met patiëntdossiers',
          cause: 'lost_or_stolen_device',
          discoveredAt: new Date(Date.now() - 2 * HOUR).toISOString(),
          contactPersonId: by.user.id,
          affectedCustomers: [{ customerId, subjectsCount: 40 }],
        })
        .expect(201)
    ).body as { id: string; reference: string; title: string; owner: Owner | null };
  const outbox = (breachId: string) =>
    t.app
      .get(DataSource)
      .query(`SELECT id, kind, to_address, subject FROM outbox_messages WHERE breach_id = $1 ORDER BY created_at`, [
        breachId,
      ]) as Promise<{ id: string; kind: string; to_address: string; subject: string }[]>;
  const timeline = async (breachId: string) =>
    (await officer.get(`/api/breaches/${breachId}/timeline`).expect(200)).body as TimelineEntry[];
  const listIds = async (as: LoggedIn, query: string) =>
    ((await as.get(`/api/breaches?pageSize=200&${query}`).expect(200)).body.items as { id: string }[]).map((b) => b.id);

  it('makes the registering officer the owner, shown on the breach and in the list', async () => {
    const b = await register();
    expect(b.owner).toEqual({ id: officer.user.id, name: 'Olga Officier' });
    const view = (await manager.get(`/api/breaches/${b.id}`).expect(200)).body;
    expect(view.owner).toEqual({ id: officer.user.id, name: 'Olga Officier' });
    const list = (await manager.get(`/api/breaches?q=${encodeURIComponent(b.title)}`).expect(200)).body;
    expect(list.items).toHaveLength(1);
    expect(list.items[0].owner).toEqual({ id: officer.user.id, name: 'Olga Officier' });
    // the list names the owner, never their e-mail address
    expect(JSON.stringify(list.items[0].owner)).not.toContain('@');
    const registered = (await timeline(b.id)).find((e) => e.action === 'breach.registered');
    expect(registered?.after).toMatchObject({ ownerId: officer.user.id });
  });

  it('hands over to another officer: audited, on the timeline, and one mail to the new owner with only reference, title and link', async () => {
    const b = await register();
    const before = await outbox(b.id);
    const res = await manager.post(`/api/breaches/${b.id}/owner`, { ownerId: colleague.id }).expect(200);
    expect(res.body.owner).toEqual({ id: colleague.id, name: colleague.name });
    expect((await officer.get(`/api/breaches/${b.id}`).expect(200)).body.owner).toEqual({
      id: colleague.id,
      name: colleague.name,
    });

    const handovers = (await timeline(b.id)).filter((e) => e.action === 'breach.handed_over');
    expect(handovers).toHaveLength(1);
    expect(handovers[0]).toMatchObject({
      actor: 'manager@lekwacht.test',
      before: { ownerId: officer.user.id, ownerName: 'Olga Officier' },
      after: { ownerId: colleague.id, ownerName: colleague.name },
      description: {
        nl: `Eigenaar overgedragen aan ${colleague.name}`,
        en: `Ownership handed over to ${colleague.name}`,
      },
    });

    const added = (await outbox(b.id)).filter((m) => !before.some((x) => x.id === m.id));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ kind: 'system', to_address: colleague.email });
    const mail = await deliveredMail(t, added[0]!.id);
    // the new owner's language (English here)
    expect(mail.subject).toBe(`[Lekwacht] ${b.reference}: handed over to you`);
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain(b.reference);
      expect(part).toContain(b.title);
      expect(part).toContain(`/breaches/${b.id}`);
    }
    const all = `${mail.subject}\n${mail.text}\n${mail.html}`;
    // nothing else of the breach or of the people involved leaves the system
    for (const absent of [
      'Jan Jansen',
      '123456782',
      'patiëntdossiers',
      customerName,
      'Karel',
      'zorggroep.example',
      'Olga Officier',
      'officer@lekwacht.test',
      'Maarten Manager',
      'manager@lekwacht.test',
      '/api/',
    ]) {
      expect(all).not.toContain(absent);
    }
  });

  it("sends the officer's escalation reminders to the new owner after a handover, not to the registering officer", async () => {
    const b = await register();
    await manager.post(`/api/breaches/${b.id}/owner`, { ownerId: colleague.id }).expect(200);
    const ds = t.app.get(DataSource);
    const [step] = (await ds.query(
      `UPDATE escalations SET due_at = now() - interval '1 second'
        WHERE breach_id = $1 AND state = 'scheduled' AND planned_recipients @> '["officer"]'::jsonb
        RETURNING id`,
      [b.id],
    )) as [{ id: string }[], number];
    expect(step.length).toBeGreaterThan(0);
    await t.app.get(EscalationEngine).fireDue();
    const recipients = (await ds.query(
      `SELECT r.email FROM escalation_recipients r JOIN escalations e ON e.id = r.escalation_id
        WHERE e.breach_id = $1 AND e.planned_recipients @> '["officer"]'::jsonb AND e.state <> 'scheduled'`,
      [b.id],
    )) as { email: string }[];
    expect(recipients.map((r) => r.email)).toContain(colleague.email);
    expect(recipients.map((r) => r.email)).not.toContain(officer.user.email);
  });

  it('handing over to the current owner changes nothing: 200, no audit event, no mail', async () => {
    const b = await register();
    const mails = await outbox(b.id);
    const events = (await timeline(b.id)).length;
    const res = await officer.post(`/api/breaches/${b.id}/owner`, { ownerId: officer.user.id }).expect(200);
    expect(res.body.owner).toEqual({ id: officer.user.id, name: 'Olga Officier' });
    expect(await outbox(b.id)).toEqual(mails);
    expect((await timeline(b.id)).length).toBe(events);
  });

  it('refuses an owner who is not an active officer with 400 naming ownerId', async () => {
    const b = await register();
    const inactive = await mkUser('officer', 'nl', false);
    const notOfficers = [manager.user.id, admin.user.id, inactive.id, '0b5c6f4e-5f7e-4a4b-9c1d-2e3f4a5b6c7d'];
    for (const ownerId of notOfficers) {
      const res = await officer.post(`/api/breaches/${b.id}/owner`, { ownerId }).expect(400);
      expect(res.body.message).toEqual(['ownerId must be an active officer']);
      expect(res.body.errors[0]).toMatchObject({ path: 'ownerId' });
    }
    for (const body of [{}, { ownerId: 'not-a-uuid' }, { ownerId: null }]) {
      const res = await officer.post(`/api/breaches/${b.id}/owner`, body).expect(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('ownerId');
    }
    expect((await officer.get(`/api/breaches/${b.id}`).expect(200)).body.owner.id).toBe(officer.user.id);
    expect((await timeline(b.id)).some((e) => e.action === 'breach.handed_over')).toBe(false);
  });

  it('does not hand over a closed breach (409) and 404s an unknown one', async () => {
    const b = await register();
    await t.app.get(DataSource).query(`UPDATE breaches SET status = 'closed', closed_at = now() WHERE id = $1`, [b.id]);
    const res = await officer.post(`/api/breaches/${b.id}/owner`, { ownerId: colleague.id }).expect(409);
    expect(res.body.message[0]).toMatch(/closed/);
    await officer
      .post(`/api/breaches/1d2c3b4a-0000-4000-8000-000000000000/owner`, { ownerId: colleague.id })
      .expect(404);
  });

  it('lets an officer hand over; an admin may not', async () => {
    const b = await register();
    await admin.post(`/api/breaches/${b.id}/owner`, { ownerId: colleague.id }).expect(403);
    await officer.post(`/api/breaches/${b.id}/owner`, { ownerId: colleague.id }).expect(200);
    await colleagueSession.post(`/api/breaches/${b.id}/owner`, { ownerId: officer.user.id }).expect(200);
    expect((await timeline(b.id)).filter((e) => e.action === 'breach.handed_over')).toHaveLength(2);
  });

  it('filters the list by owner: ownerId, and owner=me for the caller', async () => {
    const mine = await register();
    const theirs = await register(colleagueSession);
    expect(theirs.owner?.id).toBe(colleague.id);

    const byOfficer = await listIds(officer, 'owner=me');
    expect(byOfficer).toContain(mine.id);
    expect(byOfficer).not.toContain(theirs.id);
    const byColleague = await listIds(colleagueSession, 'owner=me');
    expect(byColleague).toContain(theirs.id);
    expect(byColleague).not.toContain(mine.id);
    const byId = await listIds(manager, `ownerId=${colleague.id}`);
    expect(byId).toContain(theirs.id);
    expect(byId).not.toContain(mine.id);
    // a manager owns nothing
    expect(await listIds(manager, 'owner=me')).toEqual([]);
    // the count follows the filter
    const page = (await officer.get(`/api/breaches?ownerId=${colleague.id}&pageSize=1`).expect(200)).body;
    expect(page.total).toBe(byId.length);

    await officer.get('/api/breaches?ownerId=nobody').expect(400);
    await officer.get('/api/breaches?owner=you').expect(400);
    const both = await officer.get(`/api/breaches?owner=me&ownerId=${colleague.id}`).expect(400);
    expect(both.body.errors[0]).toMatchObject({ path: 'ownerId' });
  });
});
