import { startTestApp, type LoggedIn, type TestApp, unique } from '../testing/test-app';
import { completeApForm } from '../testing/ap-content';

const HOUR = 3_600_000;

interface Obligation {
  id: string;
  kind: string;
  state: string;
  required: boolean | null;
  notRequiredProposal: { proposedBy: { id: string; name: string }; rationale: string; proposedAt: string } | null;
  notRequiredDecision: { decidedBy: { id: string; name: string }; decidedAt: string } | null;
}

describe('governed "not required" decision (HTTP, real database)', () => {
  let t: TestApp;
  let officer: LoggedIn;
  let manager: LoggedIn;
  let manager2: LoggedIn;
  let admin: LoggedIn;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.loginAs('officer');
    manager = await t.loginAs('manager');
    manager2 = await t.loginAs('manager2');
    admin = await t.loginAs('admin');
  });
  afterAll(() => t.close());

  /** A breach without customers: one authority and one data-subject obligation. */
  const breach = async (by: LoggedIn = officer) =>
    (
      await by
        .post('/api/breaches', {
          title: 'E-mail naar verkeerde collega',
          cause: 'misdirected_mail',
          discoveredAt: new Date(Date.now() - 2 * HOUR).toISOString(),
        })
        .expect(201)
    ).body as { id: string; obligations: Obligation[] };
  const obligations = async (breachId: string) =>
    (await officer.get(`/api/breaches/${breachId}`).expect(200)).body.obligations as Obligation[];
  const rationale = 'Ontvanger is een collega met geheimhoudingsplicht die de e-mail aantoonbaar heeft verwijderd';

  it('an officer proposes with a written rationale; the obligation stays open and shows the proposal', async () => {
    const b = await breach();
    const o = b.obligations.find((x) => x.kind === 'authority') as Obligation;
    expect(o.notRequiredProposal).toBeNull();
    expect(o.notRequiredDecision).toBeNull();
    const res = await officer.post(`/api/obligations/${o.id}/not-required`, { rationale }).expect(200);
    expect(res.body).toMatchObject({
      id: o.id,
      state: 'open',
      notRequiredProposal: { proposedBy: { id: officer.user.id, name: expect.any(String) }, rationale },
      notRequiredDecision: null,
    });
    expect(res.body.notRequiredProposal.proposedBy.name).not.toBe('');
    expect(Date.parse(res.body.notRequiredProposal.proposedAt)).toBeGreaterThan(Date.now() - 60_000);
    const shown = (await obligations(b.id)).find((x) => x.id === o.id);
    expect(shown?.notRequiredProposal?.rationale).toBe(rationale);
    const board = (await manager.get('/api/obligations?state=open').expect(200)).body as Obligation[];
    expect(board.find((x) => x.id === o.id)?.notRequiredProposal?.rationale).toBe(rationale);
  });

  it('validates the rationale (required, at least 10 characters) and the roles', async () => {
    const b = await breach();
    const o = b.obligations[0] as Obligation;
    const short = await officer.post(`/api/obligations/${o.id}/not-required`, { rationale: 'nee' }).expect(400);
    expect(short.body.message).toEqual(['rationale must be longer than or equal to 10 characters']);
    await officer.post(`/api/obligations/${o.id}/not-required`, {}).expect(400);
    await officer.post(`/api/obligations/${o.id}/not-required`, { rationale: '          ' }).expect(400);
    await manager.post(`/api/obligations/${o.id}/not-required`, { rationale }).expect(403);
    await admin.post(`/api/obligations/${o.id}/not-required`, { rationale }).expect(403);
    await officer.post('/api/obligations/00000000-0000-4000-8000-000000000000/not-required', { rationale }).expect(404);
    await officer.post('/api/obligations/nope/not-required', { rationale }).expect(400);
    await officer.post(`/api/obligations/${o.id}/not-required`, { rationale }).expect(200);
    await officer.post(`/api/obligations/${o.id}/not-required/approve`).expect(403);
    await admin.post(`/api/obligations/${o.id}/not-required/approve`).expect(403);
  });

  it('approving without a pending proposal is a conflict (409)', async () => {
    const b = await breach();
    const o = b.obligations[0] as Obligation;
    const res = await manager.post(`/api/obligations/${o.id}/not-required/approve`).expect(409);
    expect(res.body.message[0]).toMatch(/no pending "not required" proposal/);
    await manager.post('/api/obligations/00000000-0000-4000-8000-000000000000/not-required/approve').expect(404);
  });

  it('four-eyes: the proposer cannot approve, even after becoming a manager (403); a second manager can', async () => {
    const email = `${unique('proposer')}@lekwacht.test`;
    const password = 'correct-horse-battery';
    const user = (
      await admin.post('/api/users', { email, name: 'Petra Proposer', role: 'officer', password }).expect(201)
    ).body;
    const proposer = await t.loginAs({ email, password });
    const b = await breach(proposer);
    const o = b.obligations.find((x) => x.kind === 'authority') as Obligation;
    await proposer.post(`/api/obligations/${o.id}/not-required`, { rationale }).expect(200);
    await admin.patch(`/api/users/${user.id}`, { role: 'manager' }).expect(200);
    const promoted = await t.loginAs({ email, password });
    const denied = await promoted.post(`/api/obligations/${o.id}/not-required/approve`).expect(403);
    expect(denied.body.message[0]).toMatch(/four-eyes/);
    expect((await obligations(b.id)).find((x) => x.id === o.id)?.state).toBe('open');

    const res = await manager2.post(`/api/obligations/${o.id}/not-required/approve`).expect(200);
    expect(res.body).toMatchObject({
      state: 'not_required',
      overdue: false,
      notRequiredProposal: { proposedBy: { id: user.id, name: 'Petra Proposer' }, rationale },
      notRequiredDecision: { decidedBy: { id: manager2.user.id, name: expect.any(String) } },
    });
    // Final: neither approved again nor proposed again.
    await manager.post(`/api/obligations/${o.id}/not-required/approve`).expect(409);
    await officer.post(`/api/obligations/${o.id}/not-required`, { rationale }).expect(409);
  });

  it('a manager can send a proposal back with a reason; the obligation stays open', async () => {
    const b = await breach();
    const o = b.obligations[0] as Obligation;
    await officer.post(`/api/obligations/${o.id}/not-required`, { rationale }).expect(200);
    await manager.post(`/api/obligations/${o.id}/not-required/reject`, {}).expect(400);
    await officer.post(`/api/obligations/${o.id}/not-required/reject`, { reason: 'x' }).expect(403);
    const res = await manager
      .post(`/api/obligations/${o.id}/not-required/reject`, { reason: 'Onderbouwing onvoldoende' })
      .expect(200);
    expect(res.body).toMatchObject({ state: 'open', notRequiredProposal: null });
    await manager.post(`/api/obligations/${o.id}/not-required/approve`).expect(409);
    await manager.post(`/api/obligations/${o.id}/not-required/reject`, { reason: 'nogmaals' }).expect(409);
  });

  it('once every obligation is settled the breach can close; the decisions are on the timeline', async () => {
    const b = await breach();
    const [first, second] = b.obligations as [Obligation, Obligation];
    await officer.post(`/api/obligations/${first.id}/not-required`, { rationale }).expect(200);
    await manager.post(`/api/obligations/${first.id}/not-required/approve`).expect(200);
    const blocked = await officer.post(`/api/breaches/${b.id}/close`).expect(409);
    expect(blocked.body.message[0]).toMatch(/open obligations: data_subjects/);
    // Data subjects: "not required" only on an art. 34(3) ground (or an outcome saying so), never bare.
    await officer
      .post(`/api/obligations/${second.id}/art34-exception`, { ground: 'unintelligible', rationale })
      .expect(200);
    // A pending proposal is not a decision: the breach still cannot close.
    await officer.post(`/api/breaches/${b.id}/close`).expect(409);
    await manager2.post(`/api/obligations/${second.id}/not-required/approve`).expect(200);
    const closed = await officer.post(`/api/breaches/${b.id}/close`).expect(200);
    expect(closed.body.status).toBe('closed');
    expect(closed.body.obligations.map((o: Obligation) => o.state)).toEqual(['not_required', 'not_required']);

    const timeline = (await officer.get(`/api/breaches/${b.id}/timeline`).expect(200)).body as {
      action: string;
      after: Record<string, unknown>;
      description: { nl: string; en: string };
    }[];
    const proposed = timeline.filter((e) => e.action === 'obligation.not_required_proposed');
    const approvedEvents = timeline.filter((e) => e.action === 'obligation.not_required_approved');
    expect(proposed).toHaveLength(2);
    expect(approvedEvents).toHaveLength(2);
    expect(proposed[0]?.after['rationale']).toBe(rationale);
    expect(approvedEvents[0]?.description.nl).toBe('"Niet vereist" goedgekeurd: melding aan de AP');
    expect(approvedEvents[1]?.after['art34Exception']).toEqual({ ground: 'unintelligible', publicCommunication: null });
    expect((await manager.get('/api/audit/verify').expect(200)).body.ok).toBe(true);
  });

  it('an authority obligation decided not required cannot be fulfilled by recording an AP submission (409)', async () => {
    const b = await breach();
    const authority = b.obligations.find((x) => x.kind === 'authority') as Obligation;
    await completeApForm(officer, b.id);
    await officer.post(`/api/breaches/${b.id}/authority-notification/submit`).expect(200);
    await manager.post(`/api/breaches/${b.id}/authority-notification/approve`).expect(200);
    await officer.post(`/api/obligations/${authority.id}/not-required`, { rationale }).expect(200);
    await manager2.post(`/api/obligations/${authority.id}/not-required/approve`).expect(200);
    const res = await officer
      .post(`/api/breaches/${b.id}/authority-notification/record-submission`, {
        apReference: 'M-X',
        submittedAt: new Date().toISOString(),
      })
      .expect(409);
    expect(res.body.message[0]).toMatch(/authority obligation is already not_required/);
    expect((await officer.get(`/api/breaches/${b.id}/authority-notification`).expect(200)).body.state).toBe('approved');
  });
});
