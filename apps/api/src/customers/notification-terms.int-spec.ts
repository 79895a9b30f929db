import { DataSource } from 'typeorm';
import { HACKED_DATABASE_FACTS } from '../testing/breach-facts';
import { type LoggedIn, startTestApp, type TestApp, unique } from '../testing/test-app';

const HOUR = 3_600_000;
const DISCOVERED = '2026-11-20T10:30:00+01:00';

const terms = (over: Record<string, unknown> = {}) => ({
  deadlineHours: 24,
  countedFrom: 'discovery',
  recipients: {
    namedContacts: [{ name: 'Ans de Vries', email: 'ans@klant.example', phone: '+31 30 123 4567' }],
    securityMailbox: 'security@klant.example',
    managementFallback: true,
  },
  channels: { email: true, phone: false },
  language: 'nl',
  requiredContent: ['nature', 'measures_taken'],
  agreementReference: 'VWO-2024-017',
  agreementDate: '2024-02-29',
  ...over,
});

interface Clock {
  customerId: string;
  agreed: boolean;
  dueAt: string | null;
  pendingConfirmation: boolean;
  obligationId: string | null;
  callRequired: boolean;
  calls: { personReached: string; loggedByName: string }[];
  terms: { deadlineHours: number; countedFrom: string };
}

describe('notification terms per customer (HTTP, real database)', () => {
  let t: TestApp;
  let admin: LoggedIn;
  let officer: LoggedIn;
  let manager: LoggedIn;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.loginAs('admin');
    officer = await t.loginAs('officer');
    manager = await t.loginAs('manager');
  });
  afterAll(() => t.close());

  const customer = async () =>
    (
      await admin
        .post('/api/customers', {
          name: unique('Klant'),
          contactPerson: null,
          management: { name: 'Directie', email: 'directie@klant.example' },
          language: 'nl',
        })
        .expect(201)
    ).body.id as string;

  const register = async (customerIds: string[]) =>
    (
      await officer
        .post('/api/breaches', {
          title: 'Laptop gestolen',
          description: 'intern',
          cause: 'lost_or_stolen_device',
          discoveredAt: DISCOVERED,
          facts: HACKED_DATABASE_FACTS,
          affectedCustomers: customerIds.map((customerId) => ({ customerId, subjectsCount: 10, role: 'processor' })),
        })
        .expect(201)
    ).body.id as string;

  const clocks = async (breachId: string) =>
    (await officer.get(`/api/breaches/${breachId}/customer-clocks`).expect(200)).body as {
      confirmedAt: string | null;
      customers: Clock[];
    };

  const obligationDue = async (breachId: string, customerId: string) => {
    const rows = (await t.app
      .get(DataSource)
      .query(`SELECT due_at FROM obligations WHERE breach_id = $1 AND customer_id = $2`, [breachId, customerId])) as {
      due_at: Date | null;
    }[];
    return rows[0]?.due_at ?? null;
  };

  it('lets an admin set terms (audited), others read, and names bad fields', async () => {
    const id = await customer();
    const initial = (await officer.get(`/api/customers/${id}/notification-terms`).expect(200)).body;
    expect(initial).toMatchObject({ agreed: false, terms: { deadlineHours: 48, countedFrom: 'discovery' } });

    const saved = (await admin.put(`/api/customers/${id}/notification-terms`, terms()).expect(200)).body;
    expect(saved).toMatchObject({ agreed: true, terms: { deadlineHours: 24, agreementReference: 'VWO-2024-017' } });
    await officer.put(`/api/customers/${id}/notification-terms`, terms()).expect(403);
    await manager.put(`/api/customers/${id}/notification-terms`, terms()).expect(403);

    const bad = await admin
      .put(`/api/customers/${id}/notification-terms`, terms({ deadlineHours: 0, countedFrom: 'assessment' }))
      .expect(400);
    const text = (bad.body.message as string[]).join('\n');
    expect(text).toMatch(/deadlineHours must not be less than 1/);
    expect(text).toMatch(/countedFrom must be one of/);
    // Cross-field rule from the domain: a phone call needs a number to call.
    const noPhone = await admin
      .put(
        `/api/customers/${id}/notification-terms`,
        terms({
          channels: { email: true, phone: true },
          recipients: { namedContacts: [], securityMailbox: null, managementFallback: true },
        }),
      )
      .expect(400);
    expect((noPhone.body.message as string[]).join('\n')).toMatch(/recipients\.namedContacts/);

    const audit = (await t.app
      .get(DataSource)
      .query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY seq`, [id])) as { action: string }[];
    expect(audit.map((a) => a.action)).toContain('customer.notification_terms_updated');

    await admin.delete(`/api/customers/${id}/notification-terms`).expect(200);
    expect((await admin.get(`/api/customers/${id}/notification-terms`).expect(200)).body.agreed).toBe(false);
  });

  it('snapshots terms at registration: 24 h agreed, 48 h default; later edits do not move deadlines', async () => {
    const agreed24 = await customer();
    const byDefault = await customer();
    await admin.put(`/api/customers/${agreed24}/notification-terms`, terms({ deadlineHours: 24 })).expect(200);
    const breachId = await register([agreed24, byDefault]);
    const discovered = Date.parse(DISCOVERED);

    expect((await obligationDue(breachId, agreed24))?.getTime()).toBe(discovered + 24 * HOUR);
    expect((await obligationDue(breachId, byDefault))?.getTime()).toBe(discovered + 48 * HOUR);

    // The agreement changes after registration: this breach keeps the terms it started with.
    await admin.put(`/api/customers/${agreed24}/notification-terms`, terms({ deadlineHours: 12 })).expect(200);
    await admin.put(`/api/customers/${byDefault}/notification-terms`, terms({ deadlineHours: 6 })).expect(200);
    const view = await clocks(breachId);
    const a = view.customers.find((c) => c.customerId === agreed24);
    const d = view.customers.find((c) => c.customerId === byDefault);
    expect(a).toMatchObject({ agreed: true, terms: { deadlineHours: 24 }, pendingConfirmation: false });
    expect(Date.parse(a?.dueAt ?? '')).toBe(discovered + 24 * HOUR);
    expect(d).toMatchObject({ agreed: false, terms: { deadlineHours: 48 } });
    expect(Date.parse(d?.dueAt ?? '')).toBe(discovered + 48 * HOUR);
    expect((await obligationDue(breachId, agreed24))?.getTime()).toBe(discovered + 24 * HOUR);

    // Customer escalations are planned from the contractual deadline: the same steps, 24 h earlier.
    const thresholds = async (customerId: string) =>
      (
        (await t.app.get(DataSource).query(
          `SELECT e.step_id, e.threshold_at FROM escalations e JOIN obligations o ON o.id = e.obligation_id
              WHERE o.breach_id = $1 AND o.customer_id = $2 ORDER BY e.step_id`,
          [breachId, customerId],
        )) as { step_id: string; threshold_at: Date }[]
      ).map((e) => [e.step_id, e.threshold_at.getTime()] as const);
    const agreedSteps = await thresholds(agreed24);
    const defaultSteps = await thresholds(byDefault);
    expect(agreedSteps.length).toBeGreaterThan(0);
    expect(agreedSteps).toEqual(defaultSteps.map(([step, at]) => [step, at - 24 * HOUR]));

    // A corrected discovery moves the customer clock by its snapshotted 24 h, not the 48 h default.
    await officer
      .patch(`/api/breaches/${breachId}`, {
        discoveredAt: '2026-11-20T09:30:00+01:00',
        discoveredAtCorrectionReason: 'Melding kwam een uur eerder binnen',
      })
      .expect(200);
    expect((await obligationDue(breachId, agreed24))?.getTime()).toBe(discovered - HOUR + 24 * HOUR);
  });

  it('counts from our confirmation: pending until confirmed, then due from confirmation', async () => {
    const id = await customer();
    await admin
      .put(`/api/customers/${id}/notification-terms`, terms({ deadlineHours: 24, countedFrom: 'confirmation' }))
      .expect(200);
    const breachId = await register([id]);
    const before = (await clocks(breachId)).customers[0];
    expect(before).toMatchObject({ dueAt: null, pendingConfirmation: true });
    expect(await obligationDue(breachId, id)).toBeNull();

    await manager.post(`/api/breaches/${breachId}/confirmation`, {}).expect(403);
    await officer
      .post(`/api/breaches/${breachId}/confirmation`, { confirmedAt: '2026-11-19T10:00:00+01:00' })
      .expect(400)
      .expect((res) => expect((res.body.message as string[]).join()).toMatch(/confirmedAt must not be before/));
    const confirmedAt = '2026-11-21T08:00:00+01:00';
    const after = (await officer.post(`/api/breaches/${breachId}/confirmation`, { confirmedAt }).expect(200)).body;
    expect(Date.parse(after.confirmedAt)).toBe(Date.parse(confirmedAt));
    expect(after.customers[0]).toMatchObject({ pendingConfirmation: false });
    expect(Date.parse(after.customers[0].dueAt)).toBe(Date.parse(confirmedAt) + 24 * HOUR);
    expect((await obligationDue(breachId, id))?.getTime()).toBe(Date.parse(confirmedAt) + 24 * HOUR);
    await officer.post(`/api/breaches/${breachId}/confirmation`, { confirmedAt }).expect(409);
  });

  it('logs the phone call an agreement asks for (who, when), audited on the timeline', async () => {
    const id = await customer();
    await admin
      .put(`/api/customers/${id}/notification-terms`, terms({ channels: { email: true, phone: true } }))
      .expect(200);
    const breachId = await register([id]);
    expect((await clocks(breachId)).customers[0]).toMatchObject({ callRequired: true, calls: [] });
    await officer
      .post(`/api/breaches/${breachId}/customers/${id}/calls`, {
        calledAt: '2099-01-01T00:00:00Z',
        personReached: 'Ans',
      })
      .expect(400);
    await officer
      .post(`/api/breaches/${breachId}/customers/${id}/calls`, { calledAt: DISCOVERED, personReached: '' })
      .expect(400)
      .expect((res) => expect((res.body.message as string[]).join()).toMatch(/personReached/));
    const logged = (
      await officer
        .post(`/api/breaches/${breachId}/customers/${id}/calls`, {
          calledAt: '2026-11-20T14:00:00+01:00',
          personReached: 'Ans de Vries (FG)',
          note: 'Teruggebeld',
        })
        .expect(201)
    ).body;
    expect(logged.customers[0].calls).toEqual([
      expect.objectContaining({ personReached: 'Ans de Vries (FG)', loggedByName: expect.any(String) }),
    ]);
    const other = await customer();
    await officer
      .post(`/api/breaches/${breachId}/customers/${other}/calls`, { calledAt: DISCOVERED, personReached: 'X' })
      .expect(404);
    const timeline = (await officer.get(`/api/breaches/${breachId}/timeline`).expect(200)).body as { action: string }[];
    expect(timeline.map((e) => e.action)).toEqual(
      expect.arrayContaining(['breach.notification_terms_snapshotted', 'customer_notice.call_logged']),
    );
  });

  describe('CSV import/export', () => {
    const header =
      'customer_id,customer_name,deadline_hours,counted_from,language,named_contacts,security_mailbox,management_fallback,phone,required_content,agreement_reference,agreement_date';

    it('exports every customer and imports the file back', async () => {
      const id = await customer();
      await admin.put(`/api/customers/${id}/notification-terms`, terms()).expect(200);
      const res = await admin.get('/api/notification-terms.csv').expect(200);
      expect(res.headers['content-type']).toMatch(/text\/csv/);
      const line = res.text.split('\r\n').find((l) => l.startsWith(id)) ?? '';
      expect(line).toContain('Ans de Vries <ans@klant.example>');
      expect(line).toContain('VWO-2024-017');
      await officer.get('/api/notification-terms.csv').expect(403);
      const changed = line.replace(',24,discovery,', ',36,confirmation,');
      const imported = (
        await admin.post('/api/notification-terms/import', { csv: `${header}\r\n${changed}\r\n` }).expect(200)
      ).body;
      expect(imported).toEqual({ imported: 1 });
      expect((await admin.get(`/api/customers/${id}/notification-terms`).expect(200)).body.terms).toMatchObject({
        deadlineHours: 36,
        countedFrom: 'confirmation',
      });
    });

    it('refuses the whole file when one row is bad, naming row and column; nothing is imported', async () => {
      const good = await customer();
      const bad = await customer();
      const csv = [
        header,
        `${good},Goed,12,discovery,nl,,,true,false,,,`,
        `${bad},Fout,12,discovery,nl,,not-an-email,true,false,,,`,
      ].join('\n');
      const res = await admin.post('/api/notification-terms/import', { csv }).expect(400);
      expect(res.body.message).toEqual([expect.stringMatching(/^row 3: security_mailbox/)]);
      expect(res.body.errors).toEqual([
        expect.objectContaining({
          path: 'csv.rows.3.security_mailbox',
          params: { row: 3, column: 'security_mailbox' },
        }),
      ]);
      expect((await admin.get(`/api/customers/${good}/notification-terms`).expect(200)).body.agreed).toBe(false);

      const unknownCustomer = '00000000-0000-4000-8000-000000000000';
      const res2 = await admin
        .post('/api/notification-terms/import', {
          csv: `${header}\n${good},Goed,12,discovery,nl,,,true,false,,,\n${unknownCustomer},X,12,discovery,nl,,,true,false,,,\n`,
        })
        .expect(400);
      expect(res2.body.message).toEqual([`row 3: customer_id ${unknownCustomer} not found`]);
      expect((await admin.get(`/api/customers/${good}/notification-terms`).expect(200)).body.agreed).toBe(false);
      await admin.post('/api/notification-terms/import', { csv: '' }).expect(400);
      await officer.post('/api/notification-terms/import', { csv: header }).expect(403);
    });
  });
});
