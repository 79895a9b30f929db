import { timelinessOf } from '@lekwacht/domain';
import { DataSource } from 'typeorm';
import { HACKED_DATABASE_FACTS } from '../testing/breach-facts';
import { createCustomer, loginTeam } from '../testing/fixtures';
import { startTestApp, type LoggedIn, type TestApp } from '../testing/test-app';
import { lateSql } from './timeliness-sql';

const HOUR = 3_600_000;

/**
 * A known data set in March of a year no other test uses (chosen per run, so reruns on the same
 * server database do not see each other's breaches), with boundary cases around midnight in
 * Europe/Amsterdam.
 */
const YEAR = 1990 + Math.floor(Math.random() * 30);
const M = (day: string, time: string, offset: '+01:00' | '+02:00') => `${YEAR}-${day}T${time}${offset}`;

/** The cells of one CSV line (RFC 4180 quoting; this data set has no line breaks in cells). */
const csvCells = (line: string): string[] =>
  [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => {
    const cell = m[1] ?? '';
    return cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
  });

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
    ({ officer, manager, admin } = await loginTeam(t));
    customerA = (await createCustomer(admin, 'Rapportklant')).id;
    customerB = (await createCustomer(admin, 'Rapportklant')).id;

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
    // Pinned whatever the assessment on registration decides: B6's AP deadline (3 March 23:30)
    // passed and was never met.
    await ds.query(`UPDATE obligations SET required = true WHERE id = ANY($1)`, [
      [obligation(b6, 'authority'), obligation(b5, 'authority')],
    ]);
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
      // Due in March: B1 met, B2 fulfilled late, B6 (discovered in February) still open and past
      // due; B3's deadline falls in April; B4 is not required → 1 / 3.
      authorityOnTimeRate: 0.3333,
      authorityDeadlines: { onTime: 1, lateFulfilled: 1, openOverdue: 1, pending: 0 },
      customerNotices: 2,
      // B1's customer met, B2's first customer late, its second not required.
      customerOnTimeRate: 0.5,
      customerDeadlines: { onTime: 1, lateFulfilled: 1, openOverdue: 0, pending: 0 },
      medianHoursToAuthority: 30,
      notRequired: 3,
      byMonth: [{ month: `${YEAR}-03`, breaches: 4, authorityNotified: 3, authorityOnTime: 1, authorityLate: 2 }],
      repeatCauses: [{ cause: 'hacking', breaches: 2 }],
    });
  });

  it('interpolates the median (percentile_cont) and rounds it to one decimal', async () => {
    const res = await manager.get(`/api/reports/summary?from=${YEAR}-03-01&to=${YEAR}-03-14`).expect(200);
    // B1 10.5 h and B2 80 h: (10.5 + 80) / 2 = 45.25 → 45.3; rate: B1 met, B2 and B6 late → 1 / 3.
    expect(res.body).toMatchObject({
      breaches: 2,
      authorityNotified: 2,
      authorityOnTimeRate: 0.3333,
      medianHoursToAuthority: 45.3,
    });
  });

  it('gives a month per row of the trend, including empty and boundary months', async () => {
    const res = await officer.get(`/api/reports/summary?from=${YEAR}-01-15&to=${YEAR}-04-30`).expect(200);
    expect(res.body.breaches).toBe(6);
    // The AP columns count deadlines by the month they fall due: B6 (February) is due in March,
    // B3 (31 March) in April, B5 (1 April) on 4 April and still open.
    expect(res.body.byMonth).toEqual([
      { month: `${YEAR}-01`, breaches: 0, authorityNotified: 0, authorityOnTime: 0, authorityLate: 0 },
      { month: `${YEAR}-02`, breaches: 1, authorityNotified: 0, authorityOnTime: 0, authorityLate: 0 },
      { month: `${YEAR}-03`, breaches: 4, authorityNotified: 3, authorityOnTime: 1, authorityLate: 2 },
      { month: `${YEAR}-04`, breaches: 1, authorityNotified: 0, authorityOnTime: 1, authorityLate: 1 },
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
      'reference;discovered_at;cause;data_categories;subjects_count;authority_state;authority_fulfilled_at;authority_late;hours_to_authority;customer_notices_due;customer_notices_fulfilled;customer_notices_on_time;customer_notices_late;not_required',
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
      `${b1.reference};${YEAR}-03-02 09:00;hacking;contact, financial;10;fulfilled;${YEAR}-03-02 19:30;no;10.5;1;1;1;0;0`,
    );
    expect(lines[2]).toBe(
      `${b2.reference};${YEAR}-03-10 12:00;hacking;contact;20;fulfilled;${YEAR}-03-13 20:00;yes;80.0;2;1;0;1;1`,
    );
    expect(lines[3]).toBe(
      `${b4.reference};${YEAR}-03-15 08:00;employee_error;contact, special_category_health;100;not_required;;;;0;0;0;0;1`,
    );
    expect(lines[4]).toBe(
      `${b3.reference};${YEAR}-03-31 23:30;malware;credentials;100;fulfilled;${YEAR}-04-02 05:30;no;30.0;0;0;0;0;1`,
    );

    const comma = await manager.get(`/api/reports/summary.csv?${march}`).expect(200);
    expect(comma.text.slice(1).split(/\r?\n/)[0]).toMatch(/^reference,discovered_at,cause,/);
  });

  describe('a hand-computed August: on-time rates over the deadlines due in the period', () => {
    const aug = `from=${YEAR}-08-01&to=${YEAR}-08-31`;
    const at = (day: string, time: string) => new Date(M(day, time, '+02:00'));
    const breaches: Record<string, Breach> = {};

    /** Pins one obligation completely, whatever registration and assessment made of it. */
    const pin = (
      id: string,
      o: { dueAt: Date; state: 'open' | 'fulfilled' | 'not_required'; required: boolean | null; late?: boolean },
    ) =>
      ds.query(
        `UPDATE obligations SET due_at = $2, state = $3, required = $4, late = $5, fulfilled_at = $6 WHERE id = $1`,
        [
          id,
          o.dueAt,
          o.state,
          o.required,
          o.late ?? false,
          o.state === 'fulfilled' ? new Date(o.dueAt.getTime() - (o.late ? -HOUR : HOUR)) : null,
        ],
      );

    beforeAll(async () => {
      const mk = (title: string, day: string, customers: string[] = []) =>
        register(title, 'hacking', M(day, '10:00:00', '+02:00'), ['contact'], customers);
      // Discovered in July, due in August: counts in August's rate.
      breaches['S1'] = await mk('S1', '07-30', [customerA]);
      breaches['S2'] = await mk('S2', '08-07', [customerA]);
      breaches['S3'] = await mk('S3', '08-09');
      breaches['S4'] = await mk('S4', '08-17');
      breaches['S5'] = await mk('S5', '08-26');
      breaches['S6'] = await mk('S6', '08-12');
      breaches['S7'] = await mk('S7', '08-13');
      // Discovered in August, due in September: not in August's rate.
      breaches['S8'] = await mk('S8', '08-28');
      const [S1, S2, S3, S4, S5, S6, S7, S8] = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8'].map(
        (k) => breaches[k]!,
      );
      // AP: 2 met, 1 fulfilled late, 2 open and past due (one of them not yet assessed).
      await pin(obligation(S1!, 'authority'), { dueAt: at('08-02', '10:00:00'), state: 'fulfilled', required: true });
      await pin(obligation(S2!, 'authority'), { dueAt: at('08-10', '10:00:00'), state: 'fulfilled', required: true });
      await pin(obligation(S3!, 'authority'), {
        dueAt: at('08-12', '10:00:00'),
        state: 'fulfilled',
        required: true,
        late: true,
      });
      await pin(obligation(S4!, 'authority'), { dueAt: at('08-20', '10:00:00'), state: 'open', required: true });
      await pin(obligation(S5!, 'authority'), { dueAt: at('08-29', '10:00:00'), state: 'open', required: null });
      // Assessed not required, decision awaiting a manager: a decision, not a missed deadline.
      await pin(obligation(S6!, 'authority'), { dueAt: at('08-15', '10:00:00'), state: 'open', required: false });
      await pin(obligation(S7!, 'authority'), {
        dueAt: at('08-16', '10:00:00'),
        state: 'not_required',
        required: false,
      });
      // 1 September 00:30 in Amsterdam: outside August although still 31 August in UTC.
      await pin(obligation(S8!, 'authority'), { dueAt: at('09-01', '00:30:00'), state: 'open', required: true });
      // Customers: 1 met, 1 open and past due.
      await pin(obligation(S1!, 'customer', customerA), {
        dueAt: at('08-01', '10:00:00'),
        state: 'fulfilled',
        required: true,
      });
      await pin(obligation(S2!, 'customer', customerA), {
        dueAt: at('08-09', '10:00:00'),
        state: 'open',
        required: true,
      });
    });

    it('5 AP deadlines due: 2 met, 1 fulfilled late, 2 open past due → 40 %; customers 1 of 2 → 50 %', async () => {
      const res = await officer.get(`/api/reports/summary?${aug}`).expect(200);
      expect(res.body).toMatchObject({
        breaches: 7,
        authorityOnTimeRate: 0.4,
        authorityDeadlines: { onTime: 2, lateFulfilled: 1, openOverdue: 2, pending: 0 },
        customerOnTimeRate: 0.5,
        customerDeadlines: { onTime: 1, lateFulfilled: 0, openOverdue: 1, pending: 0 },
        byMonth: [{ month: `${YEAR}-08`, breaches: 7, authorityNotified: 2, authorityOnTime: 2, authorityLate: 3 }],
      });
    });

    it('the deadline of a breach discovered in July counts in August, not in July', async () => {
      const july = await officer.get(`/api/reports/summary?from=${YEAR}-07-01&to=${YEAR}-07-31`).expect(200);
      expect(july.body).toMatchObject({
        breaches: 1,
        authorityOnTimeRate: null,
        authorityDeadlines: { onTime: 0, lateFulfilled: 0, openOverdue: 0, pending: 0 },
      });
    });

    it('the CSV says late for an open AP deadline that has passed, and counts open customer deadlines as late', async () => {
      const res = await officer.get(`/api/reports/summary.csv?${aug}`).expect(200);
      const rows = new Map(
        res.text
          .slice(1)
          .trim()
          .split(/\r?\n/)
          .slice(1)
          .map((l) => l.split(',') as string[])
          .map((cells) => [cells[0], cells] as const),
      );
      const cell = (k: string, column: number) => rows.get(breaches[k]!.reference)?.[column];
      // columns: 5 authority_state, 7 authority_late, 12 customer_notices_late
      expect([cell('S4', 5), cell('S4', 7)]).toEqual(['open', 'yes']);
      expect([cell('S5', 5), cell('S5', 7)]).toEqual(['open', 'yes']);
      expect([cell('S3', 5), cell('S3', 7)]).toEqual(['fulfilled', 'yes']);
      expect([cell('S2', 5), cell('S2', 7), cell('S2', 12)]).toEqual(['fulfilled', 'no', '1']);
      // Not required (decided or awaiting the decision) is never late.
      expect([cell('S6', 5), cell('S6', 7)]).toEqual(['open', '']);
      expect([cell('S7', 5), cell('S7', 7)]).toEqual(['not_required', '']);
      expect(rows.has(breaches['S1']!.reference)).toBe(false);
    });

    it('the register says authority_late yes for an open AP deadline that has passed, no for one not required', async () => {
      const res = await officer.get('/api/register.csv').expect(200);
      const lines = res.text.slice(1).split(/\r?\n/);
      const header = lines[0]!.split(',');
      const lateAt = header.indexOf('authority_late');
      const row = (k: string) => lines.find((l) => l.startsWith(`${breaches[k]!.reference},`))!;
      const late = (k: string) => csvCells(row(k))[lateAt];
      expect(lateAt).toBeGreaterThan(0);
      expect(row('S4')).toContain(',open,');
      expect(late('S4')).toBe('yes');
      expect(late('S3')).toBe('yes');
      expect(late('S2')).toBe('no');
      expect(late('S6')).toBe('no');
      expect(late('S7')).toBe('no');
      // The customer obligation of S2 is open past its deadline.
      expect(row('S2')).toContain('open (late)');
    });

    it("the SQL's lateness agrees with the domain's timelinessOf on every obligation in the database", async () => {
      const now = new Date();
      const rows = (await ds.query(
        `SELECT o.state, o.required, o.due_at, o.late, ${lateSql('o', '$1')} AS sql_late FROM obligations o`,
        [now],
      )) as { state: 'open'; required: boolean | null; due_at: Date | null; late: boolean; sql_late: boolean }[];
      expect(rows.length).toBeGreaterThan(20);
      const disagreeing = rows.filter(
        (r) =>
          r.sql_late !==
          (timelinessOf({ state: r.state, required: r.required, dueAt: r.due_at, late: r.late }, now) === 'late'),
      );
      expect(disagreeing).toEqual([]);
    });
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
