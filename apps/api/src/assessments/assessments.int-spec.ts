import { DataSource } from 'typeorm';
import { HACKED_DATABASE_FACTS } from '../testing/breach-facts';
import { createCustomer, loginTeam } from '../testing/fixtures';
import { startTestApp, type LoggedIn, type TestApp } from '../testing/test-app';

/** financial data, maximum identifiability, unknown recipients, malicious: ENISA 3 × 1 + 1 = 4. */
const riskyFacts = { ...HACKED_DATABASE_FACTS, dataCategories: ['financial'], identifiability: 'maximum' };

/** A misdirected e-mail with contact details to a trusted recipient who deleted it. */
const harmlessFacts = {
  ...riskyFacts,
  dataCategories: ['contact'],
  subjectsCount: 1,
  identifiability: 'negligible',
  confidentiality: 'known_recipients',
  malicious: false,
  recipientTrusted: true,
  exfiltrationEvidence: false,
};

interface Obligation {
  kind: string;
  required: boolean | null;
  state: string;
}

describe('assessments (HTTP, real database)', () => {
  let t: TestApp;
  let ds: DataSource;
  let officer: LoggedIn;
  let manager: LoggedIn;
  let admin: LoggedIn;
  let customer: string;

  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent' });
    ds = t.app.get(DataSource);
    ({ officer, manager, admin } = await loginTeam(t));
    customer = (await createCustomer(admin)).id;
  });
  afterAll(() => t.close());

  const register = async (facts: object | null = riskyFacts): Promise<string> =>
    (
      await officer
        .post('/api/breaches', {
          title: 'Database met klantgegevens gelekt',
          cause: 'hacking',
          discoveredAt: '2026-11-20T10:30:00+01:00',
          facts,
          // The breach's role follows the customers' (a processor for all of them is a processor).
          affectedCustomers: [
            {
              customerId: customer,
              subjectsCount: 1500,
              role: (facts as { role?: string } | null)?.role === 'processor' ? 'processor' : 'controller',
            },
          ],
        })
        .expect(201)
    ).body.id as string;
  const countAssessments = async () => Number((await ds.query('SELECT count(*) AS n FROM assessments'))[0].n);
  const byKind = (obligations: Obligation[], kind: string) => obligations.filter((o) => o.kind === kind);

  it('evaluates facts with the exact ENISA numbers and stores nothing', async () => {
    const before = await countAssessments();
    const res = await manager.post('/api/assessments/evaluate', riskyFacts).expect(200);
    expect(res.body.enisa).toEqual({ dpc: 3, ei: 1, cb: 1, score: 4, band: 'very_high' });
    expect(res.body.authority).toEqual({ required: true, notifyController: false });
    expect(res.body.dataSubjects).toMatchObject({ required: true, exception: null });
    expect(res.body.rules.length).toBeGreaterThan(0);
    for (const rule of res.body.rules) {
      expect(rule).toEqual({
        code: expect.any(String),
        legalReference: expect.any(String),
        explanation: { nl: expect.any(String), en: expect.any(String) },
      });
    }
    await officer.post('/api/assessments/evaluate', riskyFacts).expect(200);
    expect(await countAssessments()).toBe(before);
  });

  it('answers 400 on evaluate, naming the fields, unknown properties included', async () => {
    const res = await officer
      .post('/api/assessments/evaluate', { ...riskyFacts, dataCategories: [], integrity: 'meh', bogus: 1 })
      .expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(res.body.message).toEqual(
      expect.arrayContaining([
        'property bogus should not exist',
        'dataCategories must contain at least 1 elements',
        expect.stringMatching(/^integrity must be one of the following values/),
      ]),
    );
    await officer.post('/api/assessments/evaluate', []).expect(400);
  });

  it('answers 400 on evaluate with each problem on the field it names, rules across fields included', async () => {
    const { vulnerableSubjects: _left, ...withoutVulnerable } = riskyFacts;
    const res = await officer
      .post('/api/assessments/evaluate', {
        ...withoutVulnerable,
        dpcAdjustment: 1,
        dataCategories: ['gossip'],
        bogus: 1,
      })
      .expect(400);
    const errors = res.body.errors as { path: string; rule: string }[];
    expect(errors).toContainEqual(expect.objectContaining({ path: 'dpcAdjustmentReason' }));
    expect(errors).toContainEqual(expect.objectContaining({ path: 'dataCategories', rule: 'isIn' }));
    expect(errors).toContainEqual(expect.objectContaining({ path: 'vulnerableSubjects' }));
    expect(errors).toContainEqual(expect.objectContaining({ path: 'bogus', rule: 'unknownProperty' }));
    expect(errors.every((e) => e.path !== '')).toBe(true);
  });

  it('enforces roles: managers evaluate and read, only officers assess a breach', async () => {
    const id = await register();
    await manager.post(`/api/breaches/${id}/assessments`, {}).expect(403);
    await admin.post(`/api/breaches/${id}/assessments`, {}).expect(403);
    await admin.post('/api/assessments/evaluate', riskyFacts).expect(403);
    await admin.get(`/api/breaches/${id}/assessments`).expect(403);
    await t.http().post('/api/assessments/evaluate').send(riskyFacts).expect(401);
    await officer.post(`/api/breaches/${id}/assessments`, {}).expect(201);
    // version 1 came with the registration, version 2 from the officer
    expect((await manager.get(`/api/breaches/${id}/assessments`).expect(200)).body).toHaveLength(2);
  });

  it('registration with facts is version 1; re-assessing changed facts is version 2; obligations follow; timeline', async () => {
    const id = await register();
    const v1 = (await officer.get(`/api/breaches/${id}`).expect(200)).body.assessment;
    expect(v1).toMatchObject({
      breachId: id,
      version: 1,
      override: null,
      assessedBy: { id: officer.user.id, name: expect.any(String) },
    });
    expect(v1.facts).toMatchObject({ dataCategories: ['financial'], dpcAdjustment: 0 });
    expect(v1.final).toEqual(v1.computed);
    expect(v1.final.enisa.band).toBe('very_high');
    expect(Number.isNaN(Date.parse(v1.createdAt))).toBe(false);

    const breach = (await officer.get(`/api/breaches/${id}`).expect(200)).body;
    expect(breach.assessment).toEqual(v1);
    expect(byKind(breach.obligations, 'authority')[0]?.required).toBe(true);
    expect(byKind(breach.obligations, 'data_subjects')[0]?.required).toBe(true);
    expect(byKind(breach.obligations, 'customer').map((o) => o.required)).toEqual([true]);

    expect(breach.reassessment).toBeNull();

    // less risky facts: the breach view offers a re-assessment and says what would change
    const patched = (await officer.patch(`/api/breaches/${id}`, { facts: harmlessFacts }).expect(200)).body;
    expect(patched.assessment.version).toBe(1);
    expect(patched.reassessment).toMatchObject({
      latestVersion: 1,
      changedFacts: expect.arrayContaining(['confidentiality', 'dataCategories', 'subjectsCount']),
      outcomeChanges: expect.arrayContaining([
        { field: 'authority.required', from: true, to: false },
        { field: 'dataSubjects.required', from: true, to: false },
      ]),
    });
    expect(patched.reassessment.computed.authority.required).toBe(false);
    // version 2 makes every duty a decision to confirm: open, proposed by the assessor
    const v2 = (await officer.post(`/api/breaches/${id}/assessments`, {}).expect(201)).body;
    expect(v2.version).toBe(2);
    expect(v2.final.authority).toEqual({ required: false, notifyController: false });
    expect(v2.final.dataSubjects.required).toBe(false);
    const after = (await officer.get(`/api/breaches/${id}`).expect(200)).body;
    expect(after.assessment.id).toBe(v2.id);
    expect(after.reassessment).toBeNull();
    for (const o of after.obligations as Obligation[]) {
      expect(o).toMatchObject({
        required: false,
        state: 'open',
        overdue: false,
        awaitingDecision: true,
        notRequiredProposal: {
          proposedBy: { id: officer.user.id },
          rationale: expect.stringMatching(/^Beoordeling versie 2/),
        },
      });
    }

    const list = (await manager.get(`/api/breaches/${id}/assessments`).expect(200)).body;
    expect(list.map((a: { version: number }) => a.version)).toEqual([2, 1]);
    expect(list[0]).toEqual(v2);

    const timeline = (await officer.get(`/api/breaches/${id}/timeline`).expect(200)).body as {
      action: string;
      after: Record<string, unknown>;
      description: { nl: string; en: string };
    }[];
    const created = timeline.filter((e) => e.action === 'assessment.created');
    expect(created.map((e) => e.after['version'])).toEqual([1, 2]);
    expect(created[0]?.description).toEqual({
      nl: 'Beoordeling versie 1: melden aan AP vereist',
      en: 'Assessment version 1: AP notification required',
    });
    expect(created[1]?.description.nl).toBe('Beoordeling versie 2: melden aan AP niet vereist');
    // 3 obligations set at version 1, and changed again at version 2
    expect(timeline.filter((e) => e.action === 'obligation.required_set')).toHaveLength(6);
  });

  it('needs a justification of at least 10 characters to override, naming override.justification', async () => {
    const id = await register();
    const missing = await officer
      .post(`/api/breaches/${id}/assessments`, { override: { authorityRequired: false } })
      .expect(400);
    expect((missing.body.message as string[]).join('\n')).toMatch(/override\.justification/);
    const short = await officer
      .post(`/api/breaches/${id}/assessments`, { override: { authorityRequired: false, justification: 'te kort' } })
      .expect(400);
    expect(short.body.message).toContain('override.justification must be longer than or equal to 10 characters');
    await officer
      .post(`/api/breaches/${id}/assessments`, { override: { justification: 'Niets om te overschrijven' } })
      .expect(400);
    await officer.post(`/api/breaches/${id}/assessments`, { extra: true }).expect(400);
    // only the registration's version 1
    expect((await officer.get(`/api/breaches/${id}/assessments`).expect(200)).body).toHaveLength(1);
  });

  it('keeps computed and final apart on an override, and the obligations follow the final outcome', async () => {
    const id = await register();
    const justification = 'Sleutel bleef veilig; de data waren versleuteld opgeslagen';
    const res = await officer
      .post(`/api/breaches/${id}/assessments`, {
        override: { authorityRequired: false, dataSubjectsRequired: false, justification },
      })
      .expect(201);
    expect(res.body.override).toEqual({ authorityRequired: false, dataSubjectsRequired: false, justification });
    expect(res.body.computed.authority.required).toBe(true);
    expect(res.body.computed.dataSubjects.required).toBe(true);
    expect(res.body.final.authority.required).toBe(false);
    expect(res.body.final.dataSubjects.required).toBe(false);
    expect(res.body.final.enisa).toEqual(res.body.computed.enisa);
    const breach = (await officer.get(`/api/breaches/${id}`).expect(200)).body;
    expect(byKind(breach.obligations, 'authority')[0]?.required).toBe(false);
    expect(byKind(breach.obligations, 'data_subjects')[0]?.required).toBe(false);
    expect(byKind(breach.obligations, 'customer')[0]?.required).toBe(false);
    const [event] = await ds.query(
      `SELECT after FROM audit_events WHERE breach_id = $1 AND action = 'assessment.created' AND after->>'version' = '2'`,
      [id],
    );
    expect(event.after).toMatchObject({
      version: 2,
      override: { justification },
      final: { authority: { required: false } },
    });
  });

  it('as processor: no AP notification, notify the controller, customers required', async () => {
    const id = await register({ ...riskyFacts, role: 'processor' });
    const res = await officer.post(`/api/breaches/${id}/assessments`, {}).expect(201);
    expect(res.body.final.authority).toEqual({ required: false, notifyController: true });
    const breach = (await officer.get(`/api/breaches/${id}`).expect(200)).body;
    expect(byKind(breach.obligations, 'authority')[0]?.required).toBe(false);
    expect(byKind(breach.obligations, 'customer')[0]?.required).toBe(true);
  });

  it('a fulfilled obligation stays fulfilled; its required still follows the outcome', async () => {
    const id = await register(null);
    await ds.query(
      `UPDATE obligations SET state = 'fulfilled', fulfilled_at = now() WHERE breach_id = $1 AND kind = 'authority'`,
      [id],
    );
    await officer.patch(`/api/breaches/${id}`, { facts: riskyFacts }).expect(200);
    await officer.post(`/api/breaches/${id}/assessments`, {}).expect(201);
    const breach = (await officer.get(`/api/breaches/${id}`).expect(200)).body;
    expect(byKind(breach.obligations, 'authority')[0]).toMatchObject({ state: 'fulfilled', required: true });
    expect(byKind(breach.obligations, 'data_subjects')[0]?.required).toBe(true);
  });

  it('answers 409 without facts or on a closed breach, 404 for an unknown breach', async () => {
    const bare = await register(null);
    const res = await officer.post(`/api/breaches/${bare}/assessments`, {}).expect(409);
    expect(res.body.message[0]).toMatch(/no assessment facts/);
    expect((await officer.get(`/api/breaches/${bare}`).expect(200)).body.assessment).toBeNull();

    const closed = await register();
    await ds.query(`UPDATE breaches SET status = 'closed', closed_at = now() WHERE id = $1`, [closed]);
    expect((await officer.post(`/api/breaches/${closed}/assessments`, {}).expect(409)).body.message[0]).toMatch(
      /closed/,
    );

    const unknown = '00000000-0000-4000-8000-000000000000';
    await officer.post(`/api/breaches/${unknown}/assessments`, {}).expect(404);
    await officer.get(`/api/breaches/${unknown}/assessments`).expect(404);
    await officer.get('/api/breaches/not-a-uuid/assessments').expect(400);
  });

  it('gives concurrent assessments distinct versions', async () => {
    const id = await register();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => officer.post(`/api/breaches/${id}/assessments`, {})),
    );
    for (const r of results) expect(r.status).toBe(201);
    expect(results.map((r) => r.body.version as number).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
