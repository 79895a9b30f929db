import { DataSource } from 'typeorm';
import { HACKED_DATABASE_FACTS } from '../testing/breach-facts';
import { startTestApp, type LoggedIn, type TestApp, unique } from '../testing/test-app';

const HOUR = 3_600_000;

/**
 * A known data set in March of a year no other test uses (chosen per run, so reruns on the same
 * server database do not see each other's breaches), with boundary cases around midnight in
 * Europe/Amsterdam.
 */
const YEAR = 1990 + Math.floor(Math.random() * 30);
const M = (day: string, time: string, offset: '+01:00' | '+02:00') => `${YEAR}-${day}T${time}${offset}`;

const facts = (dataCategories: string[]) => ({ ...HACKED_DATABASE_FACTS, dataCategories, subjectsCount: 100 });

interface Obligation {
  id: string;
  kind: string;
  customerId: string | null;
}
interface Breach {
  id: string;
  reference: string;
  discoveredAt: string;
  obligations: Obligation[];
}

describe('reports (HTTP, real database)', () => {
  let t: TestApp;
  let ds: DataSource;
  let officer: LoggedIn;
  let manager: LoggedIn;
  let admin: LoggedIn;
  let customerA: string;
  let customerB: string;
  const seeded = {} as Record<'b1' | 'b2' | 'b3' | 'b4' | 'b5' | 'b6', Breach>;

  const register = async (
    title: string,
    cause: string,
    discoveredAt: string,
    categories: string[],
    customers: string[],
  ) =>
    (
      await officer
        .post('/api/breaches', {
          title,
          description: 'rapportage-testset',
          cause,
          discoveredAt,
          facts: facts(categories),
          affectedCustomers: customers.map((customerId) => ({ customerId, subjectsCount: 10, role: 'processor' })),
        })
        .expect(201)
    ).body as Breach;

  const obligation = (b: Breach, kind: string, customerId: string | null = null) => {
    const o = b.obligations.find((x) => x.kind === kind && x.customerId === customerId);
    if (!o) throw new Error(`no ${kind} obligation on ${b.reference}`);
    return o.id;
  };
  /** No endpoint records notifications yet: fulfil by SQL, lateness frozen as the domain does. */
  const fulfil = (b: Breach, hours: number, late: boolean, kind = 'authority', customerId: string | null = null) =>
    ds.query(`UPDATE obligations SET state = 'fulfilled', fulfilled_at = $2, late = $3 WHERE id = $1`, [
      obligation(b, kind, customerId),
      new Date(Date.parse(b.discoveredAt) + hours * HOUR),
      late,
    ]);
  const notRequired = (b: Breach, kind: string, customerId: string | null = null) =>
    ds.query(`UPDATE obligations SET state = 'not_required', required = false WHERE id = $1`, [
      obligation(b, kind, customerId),
    ]);

  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent' });
    ds = t.app.get(DataSource);
    [officer, manager, admin] = await Promise.all([t.loginAs('officer'), t.loginAs('manager'), t.loginAs('admin')]);
    const mk = async () =>
      (
        await admin
          .post('/api/customers', {
            name: unique('Rapportklant'),
            contactPerson: { name: 'Kim Contact', email: 'kim@klant.example' },
            management: { name: 'Directie', email: 'directie@klant.example' },
            language: 'nl',
          })
          .expect(201)
      ).body.id as string;
    customerA = await mk();
    customerB = await mk();

    const b1 = await register('B1', 'hacking', M('03-02', '09:00:00', '+01:00'), ['contact', 'financial'], [customerA]);
    await fulfil(b1, 10.5, false);
    await fulfil(b1, 20, false, 'customer', customerA);

    const b2 = await register('B2', 'hacking', M('03-10', '12:00:00', '+01:00'), ['contact'], [customerA, customerB]);
    await fulfil(b2, 80, true);
    await fulfil(b2, 50, true, 'customer', customerA);
    await notRequired(b2, 'customer', customerB);

    const b4 = await register(
      'B4',
      'employee_error',
      M('03-15', '08:00:00', '+01:00'),
      ['contact', 'special_category_health'],
      [],
    );
    await notRequired(b4, 'authority');

    // 23:30 on 31 March in Amsterdam (CEST) is 21:30 UTC: still March.
    const b3 = await register('B3', 'malware', M('03-31', '23:30:00', '+02:00'), ['credentials'], []);
    await fulfil(b3, 30, false);
    await notRequired(b3, 'data_subjects');

    // Outside March in Amsterdam, though one of them is still 31 March in UTC.
    const b5 = await register('B5', 'other', M('04-01', '00:30:00', '+02:00'), ['contact'], []);
    const b6 = await register('B6', 'other', M('02-28', '23:30:00', '+01:00'), ['contact'], []);
    Object.assign(seeded, { b1, b2, b3, b4, b5, b6 });
  });
  afterAll(() => t.close());

  const march = `from=${YEAR}-03-01&to=${YEAR}-03-31`;

  it('counts breaches discovered in the period, Amsterdam days, to inclusive', async () => {
    const res = await officer.get(`/api/reports/summary?${march}`).expect(200);
    expect(res.body).toEqual({
      from: `${YEAR}-03-01`,
      to: `${YEAR}-03-31`,
      breaches: 4,
      byCause: {
        hacking: 2,
        malware: 1,
        lost_or_stolen_device: 0,
        misdirected_mail: 0,
        employee_error: 1,
        insider_misuse: 0,
        social_engineering: 0,
        other: 0,
      },
      byCategory: {
        contact: 3,
        identity_documents: 0,
        national_id_number: 0,
        financial: 1,
        credentials: 1,
        special_category_health: 1,
        special_category_other: 0,
        criminal: 0,
        location_behavioural: 0,
        business_only: 0,
      },
      authorityNotified: 3,
      authorityOnTimeRate: 0.6667,
      customerNotices: 2,
      customerOnTimeRate: 0.5,
      medianHoursToAuthority: 30,
      notRequired: 3,
      byMonth: [{ month: `${YEAR}-03`, breaches: 4, authorityNotified: 3 }],
      repeatCauses: [{ cause: 'hacking', breaches: 2 }],
    });
  });

  it('interpolates the median (percentile_cont) and rounds it to one decimal', async () => {
    const res = await manager.get(`/api/reports/summary?from=${YEAR}-03-01&to=${YEAR}-03-14`).expect(200);
    // B1 10.5 h and B2 80 h: (10.5 + 80) / 2 = 45.25 → 45.3
    expect(res.body).toMatchObject({
      breaches: 2,
      authorityNotified: 2,
      authorityOnTimeRate: 0.5,
      medianHoursToAuthority: 45.3,
    });
  });

  it('gives a month per row of the trend, including empty and boundary months', async () => {
    const res = await officer.get(`/api/reports/summary?from=${YEAR}-01-15&to=${YEAR}-04-30`).expect(200);
    expect(res.body.breaches).toBe(6);
    expect(res.body.byMonth).toEqual([
      { month: `${YEAR}-01`, breaches: 0, authorityNotified: 0 },
      { month: `${YEAR}-02`, breaches: 1, authorityNotified: 0 },
      { month: `${YEAR}-03`, breaches: 4, authorityNotified: 3 },
      { month: `${YEAR}-04`, breaches: 1, authorityNotified: 0 },
    ]);
    expect(res.body.repeatCauses).toEqual([
      { cause: 'hacking', breaches: 2 },
      { cause: 'other', breaches: 2 },
    ]);
  });

  it('answers null rates and median for a period without notifications', async () => {
    const res = await officer.get(`/api/reports/summary?from=${YEAR}-06-01&to=${YEAR}-06-30`).expect(200);
    expect(res.body).toMatchObject({
      breaches: 0,
      authorityNotified: 0,
      authorityOnTimeRate: null,
      customerOnTimeRate: null,
      medianHoursToAuthority: null,
      notRequired: 0,
      repeatCauses: [],
    });
    expect(Object.values(res.body.byCause).every((n) => n === 0)).toBe(true);
  });

  it('defaults to the last 12 calendar months, today inclusive', async () => {
    const res = await officer.get('/api/reports/summary').expect(200);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    expect(res.body.to).toBe(today);
    expect(res.body.from).toMatch(/-01$/);
    expect(res.body.byMonth).toHaveLength(12);
    expect(res.body.byMonth[11].month).toBe(today.slice(0, 7));
  });

  it('exports one CSV row per breach with the figures behind it', async () => {
    const res = await officer.get(`/api/reports/summary.csv?${march}&delimiter=semicolon`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain(`lekwacht-rapportage-${YEAR}-03-01-${YEAR}-03-31.csv`);
    expect(res.text.charCodeAt(0)).toBe(0xfeff);
    const lines = res.text.slice(1).trim().split(/\r?\n/);
    expect(lines[0]).toBe(
      'reference;discovered_at;cause;data_categories;subjects_count;authority_state;authority_fulfilled_at;authority_late;hours_to_authority;customer_notices_due;customer_notices_fulfilled;customer_notices_on_time;not_required',
    );
    expect(lines).toHaveLength(5);
    const { b1, b2, b3, b4 } = seeded;
    expect(lines.slice(1).map((l) => l.split(';')[0])).toEqual([
      b1.reference,
      b2.reference,
      b4.reference,
      b3.reference,
    ]);
    expect(lines[1]).toBe(
      `${b1.reference};${YEAR}-03-02 09:00;hacking;contact, financial;10;fulfilled;${YEAR}-03-02 19:30;no;10.5;1;1;1;0`,
    );
    expect(lines[2]).toBe(
      `${b2.reference};${YEAR}-03-10 12:00;hacking;contact;20;fulfilled;${YEAR}-03-13 20:00;yes;80.0;2;1;0;1`,
    );
    expect(lines[3]).toBe(
      `${b4.reference};${YEAR}-03-15 08:00;employee_error;contact, special_category_health;100;not_required;;;;0;0;0;1`,
    );
    expect(lines[4]).toBe(
      `${b3.reference};${YEAR}-03-31 23:30;malware;credentials;100;fulfilled;${YEAR}-04-02 05:30;no;30.0;0;0;0;1`,
    );

    const comma = await manager.get(`/api/reports/summary.csv?${march}`).expect(200);
    expect(comma.text.slice(1).split(/\r?\n/)[0]).toMatch(/^reference,discovered_at,cause,/);
  });

  it('answers 400 naming the field for bad dates and a reversed period', async () => {
    const bad = async (query: string, pattern: RegExp) => {
      const res = await officer.get(`/api/reports/summary?${query}`).expect(400);
      expect((res.body.message as string[]).join('\n')).toMatch(pattern);
      const csv = await officer.get(`/api/reports/summary.csv?${query}`).expect(400);
      expect((csv.body.message as string[]).join('\n')).toMatch(pattern);
    };
    await bad('from=2025-13-01', /from must be a date/);
    await bad('from=2025-02-30', /from must be a date/);
    await bad('to=yesterday', /to must be a date/);
    await bad('from=2025-03-01T00:00', /from must be a date/);
    await bad('from=2025-04-01&to=2025-03-01', /from must not be after to/);
    await officer.get(`/api/reports/summary.csv?${march}&delimiter=tab`).expect(400);
  });

  it('is for officers and managers only', async () => {
    await admin.get(`/api/reports/summary?${march}`).expect(403);
    await admin.get(`/api/reports/summary.csv?${march}`).expect(403);
    await t.http().get(`/api/reports/summary?${march}`).expect(401);
  });
});
