import fc from 'fast-check';
import { DataSource, In } from 'typeorm';
import { SYSTEM_ACTOR } from '../audit/actor';
import { Clock } from '../clock/clock';
import { UnitOfWork } from '../database/unit-of-work';
import { EscalationEngine } from '../escalations/escalation-engine';
import { HACKED_DATABASE_FACTS } from '../testing/breach-facts';
import { startTestApp, type LoggedIn, type TestApp, resetDigestClocks } from '../testing/test-app';
import { ObligationEntity } from './obligation.entity';
import { ObligationSettlement } from './obligation-settlement.service';

const HOUR = 3_600_000;

/** A misdirected e-mail with contact details to a trusted recipient who deleted it: nothing to notify. */
const HARMLESS_FACTS = {
  ...HACKED_DATABASE_FACTS,
  dataCategories: ['contact'],
  subjectsCount: 1,
  identifiability: 'negligible',
  confidentiality: 'known_recipients',
  malicious: false,
  recipientTrusted: true,
  exfiltrationEvidence: false,
};
/** Health data of 1,500 people to unknown recipients: the AP and the people must be told. */
const RISKY_FACTS = { ...HACKED_DATABASE_FACTS, dataCategories: ['contact', 'special_category_health'] };

interface Obligation {
  id: string;
  kind: string;
  state: string;
  required: boolean | null;
  overdue: boolean;
  late: boolean;
  awaitingDecision: boolean;
  fulfilledAt: string | null;
  notRequiredProposal: { proposedBy: { id: string }; rationale: string } | null;
  notRequiredDecision: { decidedBy: { id: string } } | null;
  dataSubjectsInformed: Record<string, unknown> | null;
  art34Exception: Record<string, unknown> | null;
}

interface Breach {
  id: string;
  reference: string;
  obligations: Obligation[];
  assessment: { version: number } | null;
  reassessment: { latestVersion: number; outcomeChanges: { field: string; from: unknown; to: unknown }[] } | null;
}

describe('one truth for every duty (issue #16 points 1–4; HTTP, real database, pinned clock)', () => {
  let t: TestApp;
  let ds: DataSource;
  let clock: Clock;
  let officer: LoggedIn;
  let manager: LoggedIn;
  let manager2: LoggedIn;
  let realNow: Date;

  beforeAll(async () => {
    t = await startTestApp();
    ds = t.app.get(DataSource);
    clock = t.app.get(Clock);
    officer = await t.loginAs('officer');
    manager = await t.loginAs('manager');
    manager2 = await t.loginAs('manager2');
  });
  beforeEach(() => {
    // "Now" is pinned per test (never moved into the future: the digest mailboxes are shared).
    realNow = new Date(Math.floor(Date.now() / 1000) * 1000);
    clock.pin(realNow);
  });
  // each test fires escalations: it starts with the managers' digest clocks cleared
  beforeEach(async () => {
    await resetDigestClocks(t);
  });

  afterAll(async () => {
    clock.pin(null);
    await t.close();
  });

  const register = async (facts: object | null, discoveredAt: Date): Promise<Breach> =>
    (
      await officer
        .post('/api/breaches', {
          title: 'E-mail met klantgegevens naar verkeerde ontvanger',
          cause: 'misdirected_mail',
          discoveredAt: discoveredAt.toISOString(),
          facts,
        })
        .expect(201)
    ).body as Breach;
  const view = async (id: string) => (await officer.get(`/api/breaches/${id}`).expect(200)).body as Breach;
  const ofKind = (b: Breach, kind: string) => b.obligations.find((o) => o.kind === kind) as Obligation;
  const escalations = async (obligationId: string) =>
    (await ds.query(
      `SELECT step_id, occurrence, state, recipients, due_at FROM escalations WHERE obligation_id = $1 ORDER BY step_id, occurrence`,
      [obligationId],
    )) as { step_id: string; occurrence: number; state: string; recipients: { email: string }[]; due_at: Date }[];
  /** The lines of every escalation mail that mention this breach. */
  const mailLinesAbout = async (reference: string) => {
    const rows = (await ds.query(
      `SELECT to_address, subject, text FROM outbox_messages WHERE kind = 'escalation' AND text LIKE '%' || $1 || '%'`,
      [reference],
    )) as { to_address: string; subject: string; text: string }[];
    return rows.map((r) => {
      const lines = r.text.split('\n');
      const at = lines.findIndex((l) => l.includes(reference));
      // The item's own lines: from its headline to the next numbered item.
      const end = lines.findIndex((l, n) => n > at && /^\d+\. /.test(l));
      return { to: r.to_address, subject: r.subject, item: lines.slice(at, end === -1 ? undefined : end).join('\n') };
    });
  };
  const fire = () => t.app.get(EscalationEngine).fireDue();

  it('point 1: registration with facts is assessment version 1 at once; no facts, no assessment', async () => {
    const assessed = await register(RISKY_FACTS, new Date(realNow.getTime() - 2 * HOUR));
    expect(assessed.assessment?.version).toBe(1);
    expect(assessed.reassessment).toBeNull();
    expect(ofKind(assessed, 'authority')).toMatchObject({ required: true, awaitingDecision: false });
    expect(ofKind(assessed, 'data_subjects')).toMatchObject({ required: true, awaitingDecision: false });
    const timeline = (await officer.get(`/api/breaches/${assessed.id}/timeline`).expect(200)).body as {
      action: string;
    }[];
    expect(timeline.filter((e) => e.action === 'assessment.created')).toHaveLength(1);
    const bare = await register(null, new Date(realNow.getTime() - 2 * HOUR));
    expect(bare.assessment).toBeNull();
    expect(ofKind(bare, 'authority').required).toBeNull();
  });

  it('point 2: not required by the outcome — no overdue mail even days past the deadline; one reminder to managers; approval settles', async () => {
    // Registered (and assessed) 5 hours ago, about a breach discovered 100 hours ago: the AP
    // deadline passed 28 hours ago.
    clock.pin(new Date(realNow.getTime() - 5 * HOUR));
    const b = await register(HARMLESS_FACTS, new Date(realNow.getTime() - 100 * HOUR));
    clock.pin(realNow);
    const authority = ofKind(b, 'authority');
    expect(authority).toMatchObject({
      state: 'open',
      required: false,
      overdue: false,
      awaitingDecision: true,
      notRequiredProposal: {
        proposedBy: { id: officer.user.id },
        rationale: expect.stringMatching(/^Beoordeling versie 1/),
      },
    });

    await fire();
    await fire(); // a second run fires nothing more
    for (const o of b.obligations) {
      const rows = await escalations(o.id);
      expect(rows.filter((r) => r.state === 'fired').map((r) => r.step_id)).toEqual(['not-required-decision']);
      expect(rows.filter((r) => r.step_id !== 'not-required-decision' && r.state === 'scheduled')).toEqual([]);
      const [reminder] = rows.filter((r) => r.state === 'fired');
      // Managers only, never the proposer (four-eyes).
      const to = reminder?.recipients.map((r) => r.email) ?? [];
      expect(to).toEqual(expect.arrayContaining(['manager@lekwacht.test', 'manager2@lekwacht.test']));
      expect(to).not.toContain('officer@lekwacht.test');
    }
    const mails = await mailLinesAbout(b.reference);
    expect(mails.length).toBeGreaterThan(0);
    for (const m of mails) {
      expect(m.item).toMatch(/besluit "niet vereist" te bevestigen|"not required" decision to confirm/);
      expect(`${m.subject}\n${m.item}`).not.toMatch(/termijn verstreken|deadline passed|te laat|overdue/);
      expect(m.to).not.toBe('officer@lekwacht.test');
    }

    // The proposer's colleague approves; the proposer (an officer) cannot.
    await officer.post(`/api/obligations/${authority.id}/not-required/approve`).expect(403);
    const approved = await manager.post(`/api/obligations/${authority.id}/not-required/approve`).expect(200);
    expect(approved.body).toMatchObject({ state: 'not_required', late: false, overdue: false });
    await manager2.post(`/api/obligations/${ofKind(b, 'data_subjects').id}/not-required/approve`).expect(200);
    const closed = await officer.post(`/api/breaches/${b.id}/close`).expect(200);
    expect(closed.body.status).toBe('closed');
    // Nothing was left to escalate.
    for (const o of b.obligations) expect((await escalations(o.id)).filter((r) => r.state === 'scheduled')).toEqual([]);
  });

  it('point 2: a later assessment that makes it required reopens it, late honestly, and the overdue step fires at once', async () => {
    const b = await register(HARMLESS_FACTS, new Date(realNow.getTime() - 80 * HOUR));
    const authority = ofKind(b, 'authority');
    await manager.post(`/api/obligations/${authority.id}/not-required/approve`).expect(200);

    const patched = (await officer.patch(`/api/breaches/${b.id}`, { facts: RISKY_FACTS }).expect(200)).body as Breach;
    expect(patched.reassessment).toMatchObject({ latestVersion: 1 });
    expect(patched.reassessment?.outcomeChanges).toEqual(
      expect.arrayContaining([
        { field: 'authority.required', from: false, to: true },
        { field: 'dataSubjects.required', from: false, to: true },
      ]),
    );
    await officer.post(`/api/breaches/${b.id}/assessments`, {}).expect(201);
    const after = await view(b.id);
    expect(after.reassessment).toBeNull();
    expect(ofKind(after, 'authority')).toMatchObject({
      state: 'open',
      required: true,
      overdue: true,
      late: false,
      awaitingDecision: false,
      notRequiredProposal: null,
      notRequiredDecision: null,
    });
    // The data-subject proposal derived from version 1 is withdrawn with the outcome that carried it.
    expect(ofKind(after, 'data_subjects')).toMatchObject({ state: 'open', required: true, notRequiredProposal: null });

    const planned = (await escalations(authority.id)).filter((r) => r.state === 'scheduled');
    expect(planned.map((r) => r.step_id)).toEqual(['overdue-every-4h']);
    expect(new Date(planned[0]?.due_at ?? Number.NaN).getTime()).toBeLessThanOrEqual(realNow.getTime());
    await fire();
    const fired = (await escalations(authority.id)).filter((r) => r.state === 'fired').map((r) => r.step_id);
    expect(fired).toContain('overdue-every-4h');
    const mails = await mailLinesAbout(b.reference);
    expect(mails.some((m) => /termijn verstreken|deadline passed/.test(m.item))).toBe(true);

    const timeline = (await officer.get(`/api/breaches/${b.id}/timeline`).expect(200)).body as {
      action: string;
      description: { nl: string };
    }[];
    const reopened = timeline.find((e) => e.action === 'obligation.reopened');
    expect(reopened?.description.nl).toBe(
      'Verplichting heropend (weer vereist): melding aan de AP — assessment version 2',
    );
  });

  it('point 3: data subjects informed (when, how, how many, the text) fulfils the duty; the breach then closes', async () => {
    const b = await register(RISKY_FACTS, new Date(realNow.getTime() - 30 * HOUR));
    const ds34 = ofKind(b, 'data_subjects');
    const url = `/api/obligations/${ds34.id}/data-subjects-informed`;
    const good = {
      informedAt: new Date(realNow.getTime() - HOUR).toISOString(),
      channel: 'email',
      subjectsCount: 1500,
      message: 'Beste klant, op 3 december zijn gegevens over uw gezondheid ...',
    };

    // Refused before anything is recorded.
    const refused = await officer.post(`/api/breaches/${b.id}/close`).expect(409);
    expect(refused.body.message[0]).toMatch(/open obligations: authority, data_subjects/);
    const noText = await officer.post(url, { ...good, message: undefined }).expect(400);
    expect(noText.body.message).toEqual(['message or messageUrl is required (the text sent or a link to it)']);
    const future = await officer
      .post(url, { ...good, informedAt: new Date(realNow.getTime() + HOUR).toISOString() })
      .expect(400);
    expect(future.body.message).toEqual(['informedAt must not be in the future']);
    const bad = await officer.post(url, { ...good, channel: 'pigeon', subjectsCount: 0, extra: 1 }).expect(400);
    expect(bad.body.message).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^channel must be one of/),
        'subjectsCount must not be less than 1',
        'property extra should not exist',
      ]),
    );
    await officer.post(url, { ...good, messageUrl: 'javascript:alert(1)' }).expect(400);
    await manager.post(url, good).expect(403);
    await officer.post(`/api/obligations/${ofKind(b, 'authority').id}/data-subjects-informed`, good).expect(409);
    // A bare "not required" is no way out of art. 34 when the outcome says they must be told.
    await officer
      .post(`/api/obligations/${ds34.id}/not-required`, { rationale: 'Wij vinden informeren niet nodig hier' })
      .expect(409);

    const res = await officer.post(url, good).expect(200);
    expect(res.body).toMatchObject({
      state: 'fulfilled',
      fulfilledAt: good.informedAt,
      late: false,
      dataSubjectsInformed: {
        informedAt: good.informedAt,
        channel: 'email',
        subjectsCount: 1500,
        message: good.message,
        messageUrl: null,
        recordedBy: { id: officer.user.id },
      },
    });
    await officer.post(url, good).expect(409);

    // Still refused while the AP duty is open; settled by an overridden assessment + approval.
    expect((await officer.post(`/api/breaches/${b.id}/close`).expect(409)).body.message[0]).toMatch(
      /open obligations: authority$/,
    );
    await officer
      .post(`/api/breaches/${b.id}/assessments`, {
        override: { authorityRequired: false, justification: 'Versleuteld; sleutel niet gelekt, geen risico' },
      })
      .expect(201);
    await manager.post(`/api/obligations/${ofKind(b, 'authority').id}/not-required/approve`).expect(200);
    const closed = (await officer.post(`/api/breaches/${b.id}/close`).expect(200)).body as Breach;
    expect(ofKind(closed, 'data_subjects')).toMatchObject({ state: 'fulfilled', required: true });
  });

  it('point 3: an art. 34(3) ground is a governed decision (four-eyes); disproportionate effort needs the public communication', async () => {
    const b = await register(RISKY_FACTS, new Date(realNow.getTime() - 30 * HOUR));
    const o = ofKind(b, 'data_subjects');
    const url = `/api/obligations/${o.id}/art34-exception`;
    const rationale = 'Adressen van 40.000 oud-klanten ontbreken; publieke mededeling gedaan';
    const missing = await officer.post(url, { ground: 'disproportionate_effort', rationale }).expect(400);
    expect(missing.body.message).toEqual([
      'publicCommunication is required for disproportionate_effort (GDPR art. 34(3)(c))',
    ]);
    await officer.post(url, { ground: 'because', rationale }).expect(400);
    await officer
      .post(url, { ground: 'disproportionate_effort', rationale, publicCommunication: { where: '', at: 'gisteren' } })
      .expect(400);
    const at = new Date(realNow.getTime() - 2 * HOUR).toISOString();
    const proposed = await officer
      .post(url, {
        ground: 'disproportionate_effort',
        rationale,
        publicCommunication: { where: 'NOS.nl en onze website', at },
      })
      .expect(200);
    expect(proposed.body).toMatchObject({
      state: 'open',
      required: true,
      notRequiredProposal: { proposedBy: { id: officer.user.id }, rationale },
      art34Exception: {
        ground: 'disproportionate_effort',
        publicCommunication: { where: 'NOS.nl en onze website', at },
      },
    });
    const reminder = (await escalations(o.id)).filter((r) => r.step_id === 'not-required-decision');
    expect(reminder.map((r) => r.state)).toEqual(['scheduled']);
    const settled = await manager2.post(`/api/obligations/${o.id}/not-required/approve`).expect(200);
    expect(settled.body).toMatchObject({
      state: 'not_required',
      art34Exception: { ground: 'disproportionate_effort' },
    });
    expect((await escalations(o.id)).filter((r) => r.state === 'scheduled')).toEqual([]);
  });

  it('point 4: the settlement service settles a batch set-based, freezing lateness; a conflict leaves the whole batch untouched', async () => {
    const breaches = await Promise.all([80, 50, 10].map((h) => register(null, new Date(realNow.getTime() - h * HOUR))));
    const ids = breaches.map((b) => ofKind(b, 'authority').id);
    const settlement = t.app.get(ObligationSettlement);
    const uow = t.app.get(UnitOfWork);
    const load = () => ds.manager.findBy(ObligationEntity, { id: In(ids) });

    // One of them already fulfilled: the batch is refused as a whole.
    await ds.query(`UPDATE obligations SET state = 'fulfilled', fulfilled_at = now() WHERE id = $1`, [ids[2]]);
    // loaded before the transaction: the embedded database has one connection, held by it
    const loaded = await load();
    await expect(
      uow.run(SYSTEM_ACTOR, async (tx) =>
        settlement.fulfil(
          tx,
          loaded.map((obligation) => ({ obligation, at: realNow })),
        ),
      ),
    ).rejects.toThrow(/already fulfilled/);
    expect((await load()).filter((o) => o.id !== ids[2]).map((o) => o.state)).toEqual(['open', 'open']);
    await ds.query(`UPDATE obligations SET state = 'open', fulfilled_at = NULL WHERE id = $1`, [ids[2]]);

    const queries: string[] = [];
    const reloaded = await load();
    const logged = await uow.run(SYSTEM_ACTOR, async (tx) => {
      const query = tx.manager.query.bind(tx.manager);
      tx.manager.query = (async (sql: string, params?: unknown[]) => {
        queries.push(sql);
        return query(sql, params);
      }) as typeof tx.manager.query;
      return settlement.fulfil(
        tx,
        reloaded.map((obligation) => ({ obligation, at: realNow, detail: { batch: 'spec' } })),
      );
    });
    expect(logged).toHaveLength(3);
    // One UPDATE for the three obligations, not three.
    expect(queries.filter((q) => /UPDATE obligations/.test(q))).toHaveLength(1);
    const after = new Map((await load()).map((o) => [o.id, o]));
    // Only the breach discovered 80 h ago is past its 72 h; lateness is judged at the fulfilment instant.
    expect(ids.map((id) => after.get(id)?.late)).toEqual([true, false, false]);
    expect(ids.map((id) => after.get(id)?.state)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    for (const id of ids) expect((await escalations(id)).filter((r) => r.state === 'scheduled')).toEqual([]);
    const audits = (await ds.query(
      `SELECT entity_id FROM audit_events WHERE action = 'obligation.fulfilled' AND entity_id = ANY($1::text[])`,
      [ids],
    )) as { entity_id: string }[];
    expect(audits.map((a) => a.entity_id).sort()).toEqual([...ids].sort());
  });

  it('fuzzed bodies on the data-subject endpoints: always 4xx with a message, nothing changed', async () => {
    const b = await register(RISKY_FACTS, new Date(realNow.getTime() - 3 * HOUR));
    const id = ofKind(b, 'data_subjects').id;
    const audits = async () => Number((await ds.query(`SELECT count(*)::int AS n FROM audit_events`))[0].n);
    const body = fc.dictionary(
      fc.constantFrom(
        'informedAt',
        'channel',
        'subjectsCount',
        'message',
        'messageUrl',
        'ground',
        'rationale',
        'publicCommunication',
        '__proto__',
      ),
      fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.object({ maxDepth: 2 })),
      { maxKeys: 5 },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('data-subjects-informed', 'art34-exception'), body, async (path, payload) => {
        const before = await audits();
        const res = await officer.post(`/api/obligations/${id}/${path}`, payload);
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(res.body.message).toBeTruthy();
        expect(await audits()).toBe(before);
      }),
      { numRuns: 60 },
    );
  });
});
