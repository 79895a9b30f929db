import { writeFileSync } from 'node:fs';
import type request from 'supertest';
import { DataSource } from 'typeorm';
import { HACKED_DATABASE_FACTS } from '../testing/breach-facts';
import { createCustomer } from '../testing/fixtures';
import { startTestApp, type LoggedIn, type TestApp, unique } from '../testing/test-app';
import { completeApForm } from '../testing/ap-content';
import { AuthorityNotificationRejections1796000000022 } from '../database/migrations/1796000000022-AuthorityNotificationRejections';
import { AuthorityNotificationDraftedAt1796000000023 } from '../database/migrations/1796000000023-AuthorityNotificationDraftedAt';

const HOUR = 3_600_000;

const facts = HACKED_DATABASE_FACTS;

interface Obligation {
  id: string;
  kind: string;
  state: string;
  dueAt: string | null;
  fulfilledAt: string | null;
  late: boolean;
  delayReason?: string | null;
}

/** Binary response bodies (PDF) as a Buffer. */
const binary = (test: request.Test) =>
  test.buffer(true).parse((r, cb) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => cb(null, Buffer.concat(chunks)));
  });

describe('AP notification (HTTP, real database)', () => {
  let t: TestApp;
  let officer: LoggedIn;
  let manager: LoggedIn;
  let manager2: LoggedIn;
  let admin: LoggedIn;
  let customer: string;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.loginAs('officer');
    manager = await t.loginAs('manager');
    manager2 = await t.loginAs('manager2');
    admin = await t.loginAs('admin');
    customer = (await createCustomer(admin, 'Gemeente')).id;
  });
  afterAll(() => t.close());

  /** A breach discovered `hoursAgo` hours ago, assessed, so the prefill has an ENISA band. */
  const breach = async (hoursAgo = 2, by: LoggedIn = officer) => {
    const discoveredAt = new Date(Date.now() - hoursAgo * HOUR);
    const b = (
      await by
        .post('/api/breaches', {
          title: 'Klantportaal gehackt',
          description: 'Via een lek in het klantportaal zijn <b>klantgegevens</b> gedownload.',
          cause: 'hacking',
          occurredAt: new Date(discoveredAt.getTime() - HOUR).toISOString(),
          discoveredAt: discoveredAt.toISOString(),
          measuresTaken: 'Lek gedicht; wachtwoorden gereset.',
          likelyConsequences: 'Phishing en fraude met betaalgegevens.',
          affectedSystems: ['Klantportaal'],
          facts,
          affectedCustomers: [{ customerId: customer, subjectsCount: 1500, role: 'processor' }],
        })
        .expect(201)
    ).body as { id: string; reference: string };
    await by.post(`/api/breaches/${b.id}/assessments`, {}).expect(201);
    return b;
  };
  const url = (id: string, suffix = '') => `/api/breaches/${id}/authority-notification${suffix}`;
  const authority = async (id: string): Promise<Obligation> =>
    ((await officer.get(`/api/breaches/${id}`).expect(200)).body.obligations as Obligation[]).find(
      (o) => o.kind === 'authority',
    ) as Obligation;
  const approved = async (id: string) => {
    await completeApForm(officer, id);
    await officer.post(url(id, '/submit')).expect(200);
    await manager.post(url(id, '/approve')).expect(200);
  };
  const timeline = async (id: string) =>
    (await officer.get(`/api/breaches/${id}/timeline`).expect(200)).body as {
      action: string;
      description: { nl: string };
    }[];

  it('GET before any change answers a prefilled draft and stores nothing (lazy persistence)', async () => {
    const b = await breach();
    const res = await manager.get(url(b.id)).expect(200);
    expect(res.body).toMatchObject({
      id: null,
      breachId: b.id,
      persisted: false,
      state: 'draft',
      version: 0,
      draftedBy: null,
      rejections: [],
      followUps: [],
    });
    expect(res.body.content.contact).toMatchObject({
      organisationName: 'Softmakers B.V.',
      organisationCity: 'Utrecht',
      reporterEmail: 'officer@lekwacht.test',
    });
    expect(res.body.content.breach).toMatchObject({
      incidentType: 'hacking',
      breachTypes: ['confidentiality'],
      natureOfBreach: ['read', 'copied'],
      exfiltration: 'yes',
    });
    expect(res.body.content.dataSubjects).toMatchObject({ personsMin: 1500, personsMax: 1500 });
    expect(res.body.content.consequences.severity).toMatch(/^(low|medium|high|very_high)$/);
    expect(res.body.content.contact.otherOrganisations).toContain('(1500 betrokkenen)');
    expect(res.body.completeness).toMatchObject({ total: expect.any(Number), percent: expect.any(Number) });
    expect(res.body.completeness.sections).toHaveLength(10);
    expect((await officer.get(url(b.id)).expect(200)).body.persisted).toBe(false);
    expect((await timeline(b.id)).filter((e) => e.action.startsWith('authority_notification'))).toEqual([]);
  });

  it('roles and ids: admin 403, unknown breach 404, malformed id 400', async () => {
    const b = await breach();
    await admin.get(url(b.id)).expect(403);
    await officer.get(url('00000000-0000-4000-8000-000000000000')).expect(404);
    await officer.get('/api/breaches/nope/authority-notification').expect(400);
    await manager.put(url(b.id), { content: {} }).expect(403);
    await manager.post(url(b.id, '/submit')).expect(403);
    await officer.post(url(b.id, '/approve')).expect(403);
    await officer.post(url(b.id, '/reject'), { reason: 'x' }).expect(403);
    await manager
      .post(url(b.id, '/follow-ups'), { content: { description: 'Nieuwe informatie', reason: 'onderzoek' } })
      .expect(403);
    await admin.post(url(b.id, '/withdraw'), { reason: 'x' }).expect(403);
    await admin
      .post(url(b.id, '/record-submission'), { apReference: 'x', submittedAt: new Date().toISOString() })
      .expect(403);
    await admin.get(url(b.id, '/export?format=json')).expect(403);
  });

  it('PUT merges answers into the draft, keeps the prefill, and audits the first save and the change', async () => {
    const b = await breach();
    const first = await officer
      .put(url(b.id), { content: { contact: { reporterPhone: '030 123 45 67', reporterJobTitle: 'Privacy officer' } } })
      .expect(200);
    expect(first.body).toMatchObject({ persisted: true, state: 'draft', version: 1 });
    expect(first.body.id).toEqual(expect.any(String));
    expect(first.body.content.contact).toMatchObject({
      reporterPhone: '030 123 45 67',
      organisationName: 'Softmakers B.V.',
    });
    const second = await officer
      .put(url(b.id), {
        content: { timeline: { discoveryMethod: 'Melding van een klant' }, contact: { reporterPhone: null } },
        version: 1,
      })
      .expect(200);
    expect(second.body.version).toBe(2);
    expect(second.body.content.contact).toMatchObject({ reporterPhone: null, reporterJobTitle: 'Privacy officer' });
    expect(second.body.content.timeline.discoveryMethod).toBe('Melding van een klant');
    await officer.put(url(b.id), { content: { other: { additionalInformation: 'x' } }, version: 1 }).expect(409);
    const actions = (await timeline(b.id)).map((e) => e.action);
    expect(actions.filter((a) => a === 'authority_notification.created')).toHaveLength(1);
    expect(actions.filter((a) => a === 'authority_notification.updated')).toHaveLength(2);
  });

  it('PUT answers 400 naming an unknown section, an unknown question and wrong answers, and changes nothing', async () => {
    const b = await breach();
    const unknownSection = await officer.put(url(b.id), { content: { melder: { naam: 'Olga' } } }).expect(400);
    expect(unknownSection.body.message[0]).toMatch(/^content\.melder is not a section of the AP form/);
    const bad = await officer
      .put(url(b.id), {
        content: {
          contact: { shoeSize: 43 },
          timeline: { discoveredAt: '20-11-2026' },
          personalData: { recordsMin: -5, categories: ['dna'] },
          breach: { incidentType: 'aliens' },
        },
      })
      .expect(400);
    const text = (bad.body.message as string[]).join('\n');
    expect(text).toMatch(/content\.contact\.shoeSize is not a question of section 1/);
    expect(text).toMatch(/content\.timeline\.discoveredAt must be an ISO-8601 date-time/);
    expect(text).toMatch(/content\.personalData\.recordsMin must not be less than 0/);
    expect(text).toMatch(/content\.personalData\.categories must contain only/);
    expect(text).toMatch(/content\.breach\.incidentType must be one of/);
    const range = await officer
      .put(url(b.id), { content: { personalData: { recordsMin: 10, recordsMax: 5 } } })
      .expect(400);
    expect(range.body.message).toEqual(['content.personalData.recordsMin must not be greater than recordsMax']);
    await officer.put(url(b.id), {}).expect(400);
    await officer.put(url(b.id), { content: {}, extra: true }).expect(400);
    expect((await officer.get(url(b.id)).expect(200)).body.persisted).toBe(false);
  });

  it('draft → awaiting_approval → approved → submitted → withdrawn, with every forbidden step a 409', async () => {
    const b = await breach();
    // Nothing saved yet: only submit is possible.
    await manager.post(url(b.id, '/approve')).expect(409);
    await manager.post(url(b.id, '/reject'), { reason: 'Onvolledig' }).expect(409);
    await officer
      .post(url(b.id, '/record-submission'), { apReference: 'M1', submittedAt: new Date().toISOString() })
      .expect(409);
    await officer.post(url(b.id, '/withdraw'), { reason: 'Geen datalek' }).expect(409);

    await completeApForm(officer, b.id);
    const submitted = await officer.post(url(b.id, '/submit')).expect(200);
    expect(submitted.body).toMatchObject({
      state: 'awaiting_approval',
      persisted: true,
      draftedBy: { id: officer.user.id },
    });
    await officer.put(url(b.id), { content: { other: { additionalInformation: 'te laat' } } }).expect(409);
    await officer.post(url(b.id, '/submit')).expect(409);
    await officer
      .post(url(b.id, '/record-submission'), { apReference: 'M1', submittedAt: new Date().toISOString() })
      .expect(409);
    await officer
      .post(url(b.id, '/follow-ups'), { content: { description: 'Nieuwe informatie', reason: 'onderzoek' } })
      .expect(409);

    const ok = await manager.post(url(b.id, '/approve')).expect(200);
    expect(ok.body).toMatchObject({ state: 'approved', approvedBy: { id: manager.user.id, name: expect.any(String) } });
    expect(Date.parse(ok.body.approvedAt)).toBeGreaterThan(Date.now() - 60_000);
    await manager2.post(url(b.id, '/approve')).expect(409);
    await manager.post(url(b.id, '/reject'), { reason: 'Toch niet' }).expect(409);
    await officer.put(url(b.id), { content: { other: { additionalInformation: 'x' } } }).expect(409);
    await officer.post(url(b.id, '/withdraw'), { reason: 'Nog niet ingediend' }).expect(409);
    await officer
      .post(url(b.id, '/follow-ups'), { content: { description: 'Nieuwe informatie', reason: 'onderzoek' } })
      .expect(409);

    const submittedAt = new Date(Date.now() - 5 * 60_000).toISOString();
    const rec = await officer
      .post(url(b.id, '/record-submission'), { apReference: 'M-2026-000123', submittedAt })
      .expect(200);
    expect(rec.body).toMatchObject({
      state: 'submitted',
      apReference: 'M-2026-000123',
      late: false,
      delayReason: null,
    });
    expect(Date.parse(rec.body.submittedAt)).toBe(Date.parse(submittedAt));
    await officer.post(url(b.id, '/record-submission'), { apReference: 'M2', submittedAt }).expect(409);
    await officer.put(url(b.id), { content: { other: { additionalInformation: 'x' } } }).expect(409);

    const followUp = await officer
      .post(url(b.id, '/follow-ups'), {
        content: {
          description: 'Forensisch onderzoek: ook geboortedata zijn gekopieerd.',
          reason: 'Nieuwe feiten uit het onderzoek',
          changes: { personalData: { categories: ['name_address', 'sex_birthdate_age'] } },
        },
      })
      .expect(201);
    expect(followUp.body.state).toBe('submitted');
    expect(followUp.body.followUps).toEqual([
      expect.objectContaining({
        state: 'recorded',
        createdBy: { id: officer.user.id, name: expect.any(String) },
        content: expect.objectContaining({
          reason: 'Nieuwe feiten uit het onderzoek',
          changes: { personalData: { categories: ['name_address', 'sex_birthdate_age'] } },
        }),
      }),
    ]);
    // The notification as submitted is not rewritten by a follow-up.
    expect(followUp.body.content.personalData.categories).not.toContain('sex_birthdate_age');

    await manager.post(url(b.id, '/withdraw'), {}).expect(400);
    const withdrawn = await manager
      .post(url(b.id, '/withdraw'), { reason: 'Na onderzoek bleek geen persoonsgegevens te zijn ingezien' })
      .expect(200);
    expect(withdrawn.body).toMatchObject({
      state: 'withdrawn',
      withdrawReason: 'Na onderzoek bleek geen persoonsgegevens te zijn ingezien',
    });
    expect(withdrawn.body.withdrawnAt).toEqual(expect.any(String));
    await officer.post(url(b.id, '/withdraw'), { reason: 'nogmaals' }).expect(409);
    await officer
      .post(url(b.id, '/follow-ups'), { content: { description: 'Nieuwe informatie', reason: 'onderzoek' } })
      .expect(409);
    await officer.post(url(b.id, '/submit')).expect(409);
    // Withdrawing does not reopen the duty: it was met when the AP received the notification.
    expect((await authority(b.id)).state).toBe('fulfilled');

    const lines = await timeline(b.id);
    const actions = lines.map((e) => e.action);
    for (const a of [
      'authority_notification.created',
      'authority_notification.submitted_for_approval',
      'authority_notification.approved',
      'obligation.fulfilled',
      'authority_notification.submission_recorded',
      'authority_notification.follow_up_recorded',
      'authority_notification.withdrawn',
    ]) {
      expect(actions).toContain(a);
    }
    expect(lines.find((e) => e.action === 'authority_notification.submission_recorded')?.description.nl).toBe(
      'Melding ingediend bij de AP, meldnummer M-2026-000123',
    );
  });

  it('record-submission on time fulfils the authority obligation at submittedAt, not late', async () => {
    const b = await breach(3);
    await approved(b.id);
    const before = await authority(b.id);
    expect(before).toMatchObject({ state: 'open', fulfilledAt: null });
    const submittedAt = new Date(Date.now() - 60 * 60_000).toISOString();
    await manager.post(url(b.id, '/record-submission'), { apReference: 'M-ON-TIME', submittedAt }).expect(200);
    const after = await authority(b.id);
    expect(after).toMatchObject({ state: 'fulfilled', late: false, overdue: false });
    expect(Date.parse(after.fulfilledAt as string)).toBe(Date.parse(submittedAt));
  });

  it('late submission: delayReason is required (400 naming it); with it the obligation is fulfilled with late frozen', async () => {
    const b = await breach(100);
    await approved(b.id);
    const dueAt = Date.parse((await authority(b.id)).dueAt as string);
    const submittedAt = new Date(dueAt + 2 * HOUR).toISOString();
    const missing = await officer
      .post(url(b.id, '/record-submission'), { apReference: 'M-LATE', submittedAt })
      .expect(400);
    expect(missing.body.message[0]).toMatch(/^delayReason is required/);
    const blank = await officer
      .post(url(b.id, '/record-submission'), { apReference: 'M-LATE', submittedAt, delayReason: '   ' })
      .expect(400);
    expect(blank.body.message[0]).toMatch(/delayReason/);
    expect((await officer.get(url(b.id)).expect(200)).body.state).toBe('approved');
    expect((await authority(b.id)).state).toBe('open');

    const res = await officer
      .post(url(b.id, '/record-submission'), {
        apReference: 'M-LATE',
        submittedAt,
        delayReason: 'Forensisch onderzoek duurde langer dan verwacht',
      })
      .expect(200);
    expect(res.body).toMatchObject({
      state: 'submitted',
      late: true,
      delayReason: 'Forensisch onderzoek duurde langer dan verwacht',
    });
    const o = await authority(b.id);
    expect(o).toMatchObject({
      state: 'fulfilled',
      late: true,
      overdue: false,
      delayReason: 'Forensisch onderzoek duurde langer dan verwacht',
    });
    expect(Date.parse(o.fulfilledAt as string)).toBe(Date.parse(submittedAt));
    const fulfilled = (await timeline(b.id)).find((e) => e.action === 'obligation.fulfilled') as unknown as {
      before: Obligation;
      after: Obligation;
    };
    expect(fulfilled.before).toMatchObject({ state: 'open', late: false });
    expect(fulfilled.after).toMatchObject({ state: 'fulfilled', late: true });
  });

  it('record-submission validates its body: meldnummer, instant with offset, not in the future, not before discovery', async () => {
    const b = await breach(5);
    await approved(b.id);
    const now = new Date().toISOString();
    const r1 = await officer.post(url(b.id, '/record-submission'), { apReference: '', submittedAt: now }).expect(400);
    expect(r1.body.message.join('\n')).toMatch(/apReference must be longer than or equal to 1 characters/);
    const r2 = await officer
      .post(url(b.id, '/record-submission'), { apReference: 'M1', submittedAt: '2026-11-20 10:30' })
      .expect(400);
    expect(r2.body.message.join('\n')).toMatch(/submittedAt must be an ISO-8601 date-time with an offset/);
    const r3 = await officer
      .post(url(b.id, '/record-submission'), {
        apReference: 'M1',
        submittedAt: new Date(Date.now() + 2 * HOUR).toISOString(),
      })
      .expect(400);
    expect(r3.body.message).toEqual(['submittedAt must not be in the future']);
    const r4 = await officer
      .post(url(b.id, '/record-submission'), {
        apReference: 'M1',
        submittedAt: new Date(Date.now() - 10 * HOUR).toISOString(),
      })
      .expect(400);
    expect(r4.body.message[0]).toMatch(/submittedAt must not be before the breach was discovered/);
    await officer.post(url(b.id, '/record-submission'), { submittedAt: now }).expect(400);
    expect((await officer.get(url(b.id)).expect(200)).body.state).toBe('approved');
  });

  it('reject needs a reason, returns the draft for editing, and keeps every rejection', async () => {
    const b = await breach();
    await completeApForm(officer, b.id);
    await officer.post(url(b.id, '/submit')).expect(200);
    const noReason = await manager.post(url(b.id, '/reject'), {}).expect(400);
    expect(noReason.body.message.join('\n')).toMatch(/reason/);
    await manager.post(url(b.id, '/reject'), { reason: '   ' }).expect(400);
    const rejected = await manager.post(url(b.id, '/reject'), { reason: 'Aantal records ontbreekt' }).expect(200);
    expect(rejected.body).toMatchObject({ state: 'draft', approvedBy: null });
    expect(rejected.body.rejections).toEqual([
      {
        reason: 'Aantal records ontbreekt',
        rejectedBy: { id: manager.user.id, name: expect.any(String) },
        rejectedAt: expect.any(String),
      },
    ]);
    await officer.put(url(b.id), { content: { personalData: { recordsMin: 1500, recordsMax: 3000 } } }).expect(200);
    await completeApForm(officer, b.id);
    await officer.post(url(b.id, '/submit')).expect(200);
    await manager2.post(url(b.id, '/reject'), { reason: 'Nog een keer' }).expect(200);
    const again = (await officer.get(url(b.id)).expect(200)).body;
    expect(again.rejections.map((r: { reason: string }) => r.reason)).toEqual([
      'Aantal records ontbreekt',
      'Nog een keer',
    ]);
    expect((await timeline(b.id)).find((e) => e.action === 'authority_notification.rejected')?.description.nl).toBe(
      'Melding aan de AP afgekeurd: Aantal records ontbreekt',
    );
  });

  it('keeps the rejections recorded before they had a table: the migration copies them from the audit trail', async () => {
    const b = await breach();
    await completeApForm(officer, b.id);
    await officer.post(url(b.id, '/submit')).expect(200);
    await manager.post(url(b.id, '/reject'), { reason: 'Sectie 5 klopt niet' }).expect(200);
    await officer.post(url(b.id, '/submit')).expect(200);
    await manager2.post(url(b.id, '/reject'), { reason: 'Nog steeds niet' }).expect(200);
    const shown = (await officer.get(url(b.id)).expect(200)).body as {
      id: string;
      rejections: { reason: string; rejectedBy: { id: string; name: string }; rejectedAt: string }[];
    };
    expect(shown.rejections.map((r) => [r.reason, r.rejectedBy.id])).toEqual([
      ['Sectie 5 klopt niet', manager.user.id],
      ['Nog steeds niet', manager2.user.id],
    ]);

    // The database as the previous release left it (no table, the rejections only in the audit
    // trail), migrated again; in a transaction that is rolled back, so nothing else sees it.
    const runner = t.app.get(DataSource).createQueryRunner();
    await runner.startTransaction();
    try {
      const migration = new AuthorityNotificationRejections1796000000022();
      await migration.down(runner);
      await migration.up(runner);
      const copied = (await runner.query(
        `SELECT reason, rejected_by_id, rejected_by_name, rejected_at FROM authority_notification_rejections
          WHERE notification_id = $1 ORDER BY rejected_at, id`,
        [shown.id],
      )) as { reason: string; rejected_by_id: string; rejected_by_name: string; rejected_at: Date }[];
      expect(
        copied.map((r) => ({ reason: r.reason, rejectedBy: { id: r.rejected_by_id, name: r.rejected_by_name } })),
      ).toEqual(shown.rejections.map((r) => ({ reason: r.reason, rejectedBy: r.rejectedBy })));
      // the audit event's time, a moment after the row's own (both in the rejecting transaction)
      const shownAt = shown.rejections.map((r) => Date.parse(r.rejectedAt));
      expect(copied.map((r, i) => Math.abs(r.rejected_at.getTime() - (shownAt[i] ?? 0)) < 5_000)).toEqual([true, true]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect((await officer.get(url(b.id)).expect(200)).body.rejections).toEqual(shown.rejections);
  });

  it('keeps when it was last submitted for approval: on the row, and the migration copies it from the audit trail', async () => {
    const b = await breach();
    await completeApForm(officer, b.id);
    expect((await officer.get(url(b.id)).expect(200)).body.draftedAt).toBeNull();
    await officer.post(url(b.id, '/submit')).expect(200);
    await manager.post(url(b.id, '/reject'), { reason: 'Sectie 5 klopt niet' }).expect(200);
    const resubmitted = (await officer.post(url(b.id, '/submit')).expect(200)).body as {
      id: string;
      draftedAt: string;
    };
    const events = (await t.app.get(DataSource).query(
      `SELECT occurred_at FROM audit_events WHERE entity_id = $1 AND action = 'authority_notification.submitted_for_approval'
        ORDER BY seq`,
      [resubmitted.id],
    )) as { occurred_at: Date }[];
    expect(events).toHaveLength(2);
    const lastEventAt = events[1]?.occurred_at.getTime() ?? 0;
    // the row's time and the latest submission's audit event are of the same transaction
    expect(Math.abs(Date.parse(resubmitted.draftedAt) - lastEventAt)).toBeLessThan(5_000);

    // The database as the previous release left it (no column), migrated again, rolled back after.
    const runner = t.app.get(DataSource).createQueryRunner();
    await runner.startTransaction();
    try {
      const migration = new AuthorityNotificationDraftedAt1796000000023();
      await migration.down(runner);
      await migration.up(runner);
      const [row] = (await runner.query(`SELECT drafted_at FROM authority_notifications WHERE id = $1`, [
        resubmitted.id,
      ])) as { drafted_at: Date }[];
      expect(row?.drafted_at.getTime()).toBe(lastEventAt);
      const [unsubmitted] = (await runner.query(
        `SELECT count(*)::int AS n FROM authority_notifications WHERE drafted_by_id IS NULL AND drafted_at IS NOT NULL`,
      )) as { n: number }[];
      expect(unsubmitted?.n).toBe(0);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect((await officer.get(url(b.id)).expect(200)).body.draftedAt).toBe(resubmitted.draftedAt);
  });

  it('four-eyes: the drafter cannot approve even after becoming a manager (403); another manager can', async () => {
    const email = `${unique('drafter')}@lekwacht.test`;
    const password = 'correct-horse-battery';
    const user = (
      await admin.post('/api/users', { email, name: 'Dirk Drafter', role: 'officer', password }).expect(201)
    ).body;
    const drafter = await t.loginAs({ email, password });
    const b = await breach(2, drafter);
    await completeApForm(drafter, b.id);
    const sub = await drafter.post(url(b.id, '/submit')).expect(200);
    expect(sub.body.draftedBy).toEqual({ id: user.id, name: 'Dirk Drafter' });
    await admin.patch(`/api/users/${user.id}`, { role: 'manager' }).expect(200);
    const promoted = await t.loginAs({ email, password });
    const denied = await promoted.post(url(b.id, '/approve')).expect(403);
    expect(denied.body.message[0]).toMatch(/four-eyes/);
    expect((await promoted.get(url(b.id)).expect(200)).body.state).toBe('awaiting_approval');
    await manager.post(url(b.id, '/approve')).expect(200);
  });

  it('follow-ups validate their content: description and reason required, changes checked like PUT', async () => {
    const b = await breach();
    await approved(b.id);
    await officer
      .post(url(b.id, '/record-submission'), { apReference: 'M-FU', submittedAt: new Date().toISOString() })
      .expect(200);
    const r1 = await officer.post(url(b.id, '/follow-ups'), { content: { description: 'kort' } }).expect(400);
    expect(r1.body.message.join('\n')).toMatch(/content\.description must be longer than or equal to 10 characters/);
    expect(r1.body.message.join('\n')).toMatch(/content\.reason/);
    const r2 = await officer
      .post(url(b.id, '/follow-ups'), {
        content: { description: 'Meer betrokkenen dan gedacht', reason: 'Telling', changes: { melder: {} } },
      })
      .expect(400);
    expect(r2.body.message[0]).toMatch(/^content\.changes\.melder is not a section of the AP form/);
    await officer.post(url(b.id, '/follow-ups'), {}).expect(400);
    const ok = await officer
      .post(url(b.id, '/follow-ups'), {
        content: {
          description: 'Meer betrokkenen dan gedacht',
          reason: 'Telling',
          changes: { dataSubjects: { personsMax: 2000 } },
        },
      })
      .expect(201);
    expect(ok.body.followUps).toHaveLength(1);
  });

  it('export JSON: the content by section with Dutch labels, English with lang=en', async () => {
    const b = await breach();
    await officer.put(url(b.id), { content: { contact: { reporterPhone: '030 123 45 67' } } }).expect(200);
    const nl = (await manager.get(url(b.id, '/export?format=json')).expect(200)).body;
    expect(nl).toMatchObject({
      language: 'nl',
      title: 'Melding datalek aan de Autoriteit Persoonsgegevens',
      breach: { id: b.id, reference: b.reference, title: 'Klantportaal gehackt' },
      organisation: 'Softmakers B.V.',
      state: 'draft',
      stateLabel: 'Concept',
      apReference: null,
    });
    expect(nl.sections.map((s: { number: number }) => s.number)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(nl.sections[2].title).toBe('Tijdlijn');
    const phone = nl.sections[1].questions.find((q: { key: string }) => q.key === 'reporterPhone');
    expect(phone).toMatchObject({
      question: 'Telefoonnummer van de melder',
      answer: '030 123 45 67',
      value: '030 123 45 67',
    });
    const discovered = nl.sections[2].questions.find((q: { key: string }) => q.key === 'discoveredAt');
    expect(discovered.answer).toMatch(/^\d{1,2} \w+ \d{4} \d{2}:\d{2} CES?T$/);
    expect(nl.completenessNote).toMatch(/verplichte vragen beantwoord/);
    expect(nl.signOff).toEqual({
      draftedBy: null,
      draftedAt: null,
      draftedAtText: null,
      approvedBy: null,
      approvedAt: null,
      approvedAtText: null,
    });
    const summary = nl.sections[3].questions.find((q: { key: string }) => q.key === 'summary');
    expect(summary.answer).toContain('<b>klantgegevens</b>');

    const en = (await officer.get(url(b.id, '/export?format=json&lang=en')).expect(200)).body;
    expect(en.sections[0].title).toBe('About this notification');
    expect(en.stateLabel).toBe('Draft');
    expect(en.sections[1].questions.find((q: { key: string }) => q.key === 'reporterPhone').question).toBe(
      'Phone number of the reporter',
    );
    // json is the default format
    expect((await officer.get(url(b.id, '/export')).expect(200)).body.language).toBe('nl');
    const bad = await officer.get(url(b.id, '/export?format=docx&lang=de')).expect(400);
    expect(bad.body.message).toEqual([
      'format must be one of the following values: json, pdf',
      'lang must be one of the following values: nl, en',
    ]);
  });

  it('export PDF: an application/pdf document, in Dutch and in English', async () => {
    const b = await breach();
    await approved(b.id);
    await officer
      .post(url(b.id, '/record-submission'), { apReference: 'M-2026-PDF', submittedAt: new Date().toISOString() })
      .expect(200);
    const json = (await manager.get(url(b.id, '/export?format=json')).expect(200)).body;
    expect(json).toMatchObject({ state: 'submitted', stateLabel: 'Ingediend bij de AP', apReference: 'M-2026-PDF' });
    expect(json.signOff).toMatchObject({
      draftedBy: { id: officer.user.id },
      draftedAtText: expect.stringMatching(/CES?T$/),
      approvedBy: { id: manager.user.id },
      approvedAtText: expect.stringMatching(/CES?T$/),
    });
    for (const lang of ['nl', 'en']) {
      const res = await binary(manager.get(url(b.id, `/export?format=pdf&lang=${lang}`))).expect(200);
      expect(res.headers['content-type']).toMatch(/^application\/pdf/);
      expect(res.headers['content-disposition']).toContain(`${b.reference}-melding-AP-${lang}.pdf`);
      const pdf = res.body as Buffer;
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(3000);
      expect(pdf.subarray(-6).toString('latin1')).toMatch(/%%EOF/);
      if (process.env['AP_PDF_OUT']) writeFileSync(`${process.env['AP_PDF_OUT']}/notification-${lang}.pdf`, pdf);
    }
    const draft = await breach();
    const res = await binary(officer.get(url(draft.id, '/export?format=pdf'))).expect(200);
    expect((res.body as Buffer).subarray(0, 4).toString('latin1')).toBe('%PDF');
    if (process.env['AP_PDF_OUT']) writeFileSync(`${process.env['AP_PDF_OUT']}/draft-nl.pdf`, res.body as Buffer);
  });

  it('a closed breach cannot get a new draft or submission', async () => {
    const b = (
      await officer
        .post('/api/breaches', {
          title: 'Klein incident',
          cause: 'employee_error',
          discoveredAt: new Date(Date.now() - HOUR).toISOString(),
        })
        .expect(201)
    ).body as { id: string; obligations: Obligation[] };
    for (const o of b.obligations) {
      // Data subjects are settled as "not required" only on an art. 34(3) ground (issue #16).
      const [path, body] =
        o.kind === 'data_subjects'
          ? ['art34-exception', { ground: 'unintelligible', rationale: 'Geen persoonsgegevens betrokken na onderzoek' }]
          : ['not-required', { rationale: 'Geen persoonsgegevens betrokken na onderzoek' }];
      await officer.post(`/api/obligations/${o.id}/${path}`, body).expect(200);
      await manager.post(`/api/obligations/${o.id}/not-required/approve`).expect(200);
    }
    await officer.post(`/api/breaches/${b.id}/close`).expect(200);
    await officer.put(url(b.id), { content: { other: { additionalInformation: 'x' } } }).expect(409);
    await officer.post(url(b.id, '/submit')).expect(409);
    expect((await officer.get(url(b.id)).expect(200)).body.persisted).toBe(false);
  });
  describe('four-eyes on a complete form', () => {
    const missingOf = (res: request.Response) =>
      (res.body.message as string[]).map((m) => /^content\.([\w.]+) is a required answer/.exec(m)?.[1]);

    it('submitting an incomplete form is refused with 400 naming every missing answer; nothing is stored', async () => {
      const b = await breach();
      const draft = (await officer.get(url(b.id)).expect(200)).body;
      expect(draft.completeness.complete).toBe(false);
      expect(draft.readyForApproval).toBe(false);
      expect(draft.missingAnswers.length).toBeGreaterThan(0);
      expect(draft.missingAnswers[0]).toMatch(/^[a-zA-Z]+\.[a-zA-Z]+$/);
      const res = await officer.post(url(b.id, '/submit')).expect(400);
      expect(missingOf(res)).toEqual(draft.missingAnswers);
      expect(res.body.message[0]).toMatch(
        /mark the notification phased \(content\.notification\.phased, GDPR art\. 33\(4\)\)/,
      );
      const after = (await officer.get(url(b.id)).expect(200)).body;
      expect(after).toMatchObject({ state: 'draft', persisted: false, draftedBy: null });
      // Answering all but one still names that one.
      await completeApForm(officer, b.id);
      await officer.put(url(b.id), { content: { timeline: { discoveryMethod: null } } }).expect(200);
      const one = await officer.post(url(b.id, '/submit')).expect(400);
      expect(missingOf(one)).toEqual(['timeline.discoveryMethod']);
      // Reasons do not excuse a notification that is not phased.
      await officer
        .post(url(b.id, '/submit'), { missingAnswerReasons: { 'timeline.discoveryMethod': 'Volgt later' } })
        .expect(400);
      expect((await officer.get(url(b.id)).expect(200)).body.state).toBe('draft');
    });

    it('a phased notification goes to approval with a reason for each missing answer, and the manager sees them', async () => {
      const b = await breach();
      await completeApForm(officer, b.id);
      await officer
        .put(url(b.id), {
          content: {
            notification: { phased: true, phasedExplanation: 'De omvang wordt nog onderzocht.' },
            personalData: { recordsMin: null, recordsMax: null },
            timeline: { discoveryMethod: null },
          },
        })
        .expect(200);
      const draft = (await officer.get(url(b.id)).expect(200)).body;
      expect(draft.missingAnswers).toEqual([
        'timeline.discoveryMethod',
        'personalData.recordsMin',
        'personalData.recordsMax',
      ]);
      const partly = await officer
        .post(url(b.id, '/submit'), {
          missingAnswerReasons: { 'personalData.recordsMin': 'Telling loopt', 'personalData.recordsMax': '  ' },
        })
        .expect(400);
      expect(missingOf(partly)).toEqual(['timeline.discoveryMethod', 'personalData.recordsMax']);
      expect(partly.body.message[0]).toMatch(/missingAnswerReasons\["timeline\.discoveryMethod"\]/);
      const reasons = {
        'timeline.discoveryMethod': 'Wordt met de hostingpartij nagegaan',
        'personalData.recordsMin': 'Telling loopt',
        'personalData.recordsMax': 'Telling loopt',
        // A reason for an answer that is given is not kept.
        'breach.summary': 'overbodig',
      };
      const sub = await officer.post(url(b.id, '/submit'), { missingAnswerReasons: reasons }).expect(200);
      expect(sub.body).toMatchObject({ state: 'awaiting_approval', readyForApproval: true });
      const seen = (await manager.get(url(b.id)).expect(200)).body;
      expect(seen.missingAnswerReasons).toEqual({
        'timeline.discoveryMethod': 'Wordt met de hostingpartij nagegaan',
        'personalData.recordsMin': 'Telling loopt',
        'personalData.recordsMax': 'Telling loopt',
      });
      expect(seen.completeness.complete).toBe(false);
      await manager.post(url(b.id, '/approve')).expect(200);
      const audit = (await timeline(b.id)).find((e) => e.action === 'authority_notification.submitted_for_approval');
      expect(audit).toBeDefined();
    });

    it('reasons must name questions of the form (400 naming the key)', async () => {
      const b = await breach();
      const res = await officer
        .post(url(b.id, '/submit'), { missingAnswerReasons: { 'timeline.nope': 'x', 'breach.summary': 42 } })
        .expect(400);
      expect(res.body.message).toEqual([
        'missingAnswerReasons["timeline.nope"] is not a question of the AP form',
        'missingAnswerReasons["breach.summary"] must be a string',
      ]);
      await officer.post(url(b.id, '/submit'), { missingAnswerReasons: 'alles volgt' }).expect(400);
      for (const body of [
        { missingAnswerReasons: [] },
        { missingAnswerReasons: { 'timeline.containedAt': { nested: ['x'] } } },
        { missingAnswerReasons: { __proto__: 'x' } },
        { extra: true },
      ]) {
        const res = await officer.post(url(b.id, '/submit'), body);
        expect([res.status, body]).toEqual([400, body]);
        expect(res.body.message.length).toBeGreaterThan(0);
      }
      for (const raw of ['[1]', '"x"', 'null', '42']) {
        const res = await officer.agent
          .post(url(b.id, '/submit'))
          .set('x-xsrf-token', officer.csrf)
          .set('content-type', 'application/json')
          .send(raw);
        expect(res.status).toBeLessThan(500);
      }
      expect((await officer.get(url(b.id)).expect(200)).body).toMatchObject({ state: 'draft', persisted: false });
    });

    it('approving a draft that misses an answer (submitted before this rule) is refused with 400 naming it', async () => {
      const b = await breach();
      await completeApForm(officer, b.id);
      await officer.post(url(b.id, '/submit')).expect(200);
      await t.app
        .get(DataSource)
        .query(
          `UPDATE authority_notifications SET content = jsonb_set(content, '{breach,summary}', 'null') WHERE breach_id = $1`,
          [b.id],
        );
      const res = await manager.post(url(b.id, '/approve')).expect(400);
      expect(missingOf(res)).toEqual(['breach.summary']);
      expect((await manager.get(url(b.id)).expect(200)).body).toMatchObject({
        state: 'awaiting_approval',
        approvedBy: null,
        readyForApproval: false,
        missingAnswers: ['breach.summary'],
      });
      // The manager sends it back; the officer completes it.
      await manager.post(url(b.id, '/reject'), { reason: 'Samenvatting ontbreekt' }).expect(200);
      await completeApForm(officer, b.id);
      await officer.post(url(b.id, '/submit')).expect(200);
      await manager.post(url(b.id, '/approve')).expect(200);
    });
  });
});
