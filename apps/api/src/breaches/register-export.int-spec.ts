import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { HACKED_DATABASE_FACTS } from '../testing/breach-facts';
import { startTestApp, type TestApp, type LoggedIn, unique } from '../testing/test-app';
import { lateSql } from '../reports/timeliness-sql';
import { REGISTER_SQL, RegisterExportService } from './register-export.service';

const facts = HACKED_DATABASE_FACTS;

const AMS = (col: string) => `to_char(${col} AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD HH24:MI')`;

/**
 * The register query as it was before the pre-aggregated rewrite (one sub-select per breach
 * for each of affected customers, their subjects and customer obligations): the oracle the
 * rewrite must match row for row.
 */
const SUBSELECT_SQL = `
  SELECT b.reference, b.title, b.cause, b.status,
         ${AMS('b.occurred_at')} AS occurred_at, ${AMS('b.discovered_at')} AS discovered_at,
         ${AMS('b.contained_at')} AS contained_at, ${AMS('b.closed_at')} AS closed_at,
         COALESCE((SELECT string_agg(c, ', ') FROM jsonb_array_elements_text(b.facts->'dataCategories') c), '') AS data_categories,
         COALESCE((SELECT sum(ac.subjects_count) FROM affected_customers ac WHERE ac.breach_id = b.id)::text,
                  b.facts->>'subjectsCount', '') AS subjects_count,
         COALESCE((SELECT string_agg(cu.name || ' (' || ac.role || ')', ', ' ORDER BY cu.name)
                     FROM affected_customers ac JOIN customers cu ON cu.id = ac.customer_id
                    WHERE ac.breach_id = b.id), '') AS affected_customers,
         b.description, b.likely_consequences, b.measures_taken,
         a.state AS authority_state, ${AMS('a.due_at')} AS authority_due_at,
         ${AMS('a.fulfilled_at')} AS authority_fulfilled_at,
         CASE WHEN ${lateSql('a', 'now()')} THEN 'yes' ELSE 'no' END AS authority_late, a.delay_reason AS authority_delay_reason,
         COALESCE((SELECT string_agg(o.state || CASE WHEN ${lateSql('o', 'now()')} THEN ' (late)' ELSE '' END, ', ' ORDER BY cu.name, o.id)
                     FROM obligations o LEFT JOIN customers cu ON cu.id = o.customer_id
                    WHERE o.breach_id = b.id AND o.kind = 'customer'), '') AS customer_obligations,
         d.state AS data_subjects_state
    FROM breaches b
    LEFT JOIN obligations a ON a.breach_id = b.id AND a.kind = 'authority'
    LEFT JOIN obligations d ON d.breach_id = b.id AND d.kind = 'data_subjects'
   ORDER BY b.discovered_at, b.reference`;

describe('register export (HTTP, real database)', () => {
  let t: TestApp;
  let officer: LoggedIn;
  let customerA: string;
  let customerB: string;
  let nameA: string;
  let nameB: string;

  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent' });
    officer = await t.loginAs('officer');
    const admin = await t.loginAs('admin');
    const mk = async (name: string) =>
      (
        await admin
          .post('/api/customers', {
            name,
            contactPerson: null,
            management: { name: 'Directie', email: 'directie@klant.example' },
            language: 'nl',
          })
          .expect(201)
      ).body.id as string;
    // B sorts before A: the affected customers column is ordered by name.
    nameA = unique('Zeta Klant');
    nameB = unique('Alfa Klant');
    customerA = await mk(nameA);
    customerB = await mk(nameB);
  });
  afterAll(() => t.close());

  const register = (over: Record<string, unknown> = {}) =>
    officer
      .post('/api/breaches', {
        title: 'Export test',
        description: 'Onversleutelde laptop',
        cause: 'lost_or_stolen_device',
        occurredAt: '2026-11-20T08:00:00+01:00',
        discoveredAt: '2026-11-20T10:30:00+01:00',
        facts,
        affectedCustomers: [],
        ...over,
      })
      .expect(201);

  const exportRows = async () => {
    const res = await officer
      .get('/api/register.csv')
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    return (res.body as Buffer).toString('utf8').slice(1).trim().split('\n');
  };

  it('aggregates affected customers, their subjects and customer obligations per breach', async () => {
    const withCustomers = (
      await register({
        affectedCustomers: [
          { customerId: customerA, subjectsCount: 120, role: 'processor' },
          { customerId: customerB, subjectsCount: 30, role: 'controller' },
        ],
      })
    ).body;
    const without = (await register({ title: 'Zonder klanten' })).body;
    const lines = await exportRows();
    expect(lines[0]).toBe(
      'reference,title,cause,status,occurred_at,discovered_at,contained_at,closed_at,data_categories,subjects_count,' +
        'affected_customers,facts,consequences,measures_taken,authority_obligation,authority_due_at,' +
        'authority_fulfilled_at,authority_late,authority_delay_reason,customer_obligations,data_subjects_obligation,evidence',
    );
    const row = lines.find((l) => l.startsWith(`${withCustomers.reference},`));
    expect(row).toContain(`,"contact, financial",150,"${nameB} (controller), ${nameA} (processor)",`);
    // Registered for 20 November 2026: both customer deadlines have passed and are still open.
    expect(row).toContain(',"open (late), open (late)",');
    const bare = lines.find((l) => l.startsWith(`${without.reference},`));
    expect(bare).toContain(',"contact, financial",1500,,');
    // The AP deadline (23 November 2026) has passed with the obligation still open: late.
    expect(bare).toMatch(/,open,2026-11-23 10:30,,yes,,,open,$/);
  });

  it('gives exactly the rows of the per-breach sub-select query it replaced', async () => {
    await register({ affectedCustomers: [{ customerId: customerA, subjectsCount: null, role: 'controller' }] });
    const ds = t.app.get(DataSource);
    const [now, before] = await Promise.all([ds.query(REGISTER_SQL), ds.query(SUBSELECT_SQL)]);
    expect(now.length).toBeGreaterThan(2);
    // the evidence column came later; the rewrite this compares is about the other columns
    expect(now.map(({ evidence: _, ...rest }: Record<string, unknown>) => rest)).toEqual(before);
  });

  it('writes the same bytes through COPY (PostgreSQL server) as through the cursor and csv-stringify (PGlite)', async () => {
    await register({
      // A carriage return, not a line feed: other test files count the register's lines.
      title: '+31 6 12345678; "quoted", with\rcarriage return',
      description: '-1 @home =SUM(A1)',
      affectedCustomers: [{ customerId: customerB, subjectsCount: 7, role: 'processor' }],
    });
    await register({ title: '@mention', description: '' });
    const service = t.app.get(RegisterExportService);
    const collect = async (delimiter: ',' | ';', via: 'copy' | 'cursor') => {
      const chunks: Buffer[] = [];
      const sink = new Writable({
        write(chunk: Buffer | string, _enc, cb) {
          chunks.push(Buffer.from(chunk));
          cb();
        },
      });
      await service.write(sink, { delimiter, via });
      return Buffer.concat(chunks).toString('utf8');
    };
    for (const delimiter of [',', ';'] as const) {
      const [copy, cursor] = [await collect(delimiter, 'copy'), await collect(delimiter, 'cursor')];
      expect(copy.split('\n').length).toBeGreaterThan(3);
      expect(copy).toContain(`'+31 6 12345678`);
      expect(copy).toBe(cursor);
    }
  });
});
