import { DataSource } from 'typeorm';
import { HACKED_DATABASE_FACTS } from '../testing/breach-facts';
import { encodeBreachListCursor } from './breach-list-cursor';
import { startTestApp, type TestApp, type LoggedIn, unique } from '../testing/test-app';

const HOUR = 3_600_000;

const facts = HACKED_DATABASE_FACTS;

describe('breach register (HTTP, real database)', () => {
  let t: TestApp;
  let officer: LoggedIn;
  let admin: LoggedIn;
  let customerA: string;
  let customerB: string;

  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent' });
    officer = await t.loginAs('officer');
    admin = await t.loginAs('admin');
    const mk = async (contact: boolean) =>
      (
        await admin
          .post('/api/customers', {
            name: unique('Klant'),
            contactPerson: contact ? { name: 'Kim Contact', email: 'kim@klant.example' } : null,
            management: { name: 'Directie', email: 'directie@klant.example' },
            language: 'nl',
          })
          .expect(201)
      ).body.id as string;
    customerA = await mk(true);
    customerB = await mk(false);
  });
  afterAll(() => t.close());

  const register = (over: Record<string, unknown> = {}) =>
    officer.post('/api/breaches', {
      title: 'Laptop gestolen uit auto',
      description: 'Onversleutelde laptop met klantgegevens',
      cause: 'lost_or_stolen_device',
      occurredAt: '2026-11-20T08:00:00+01:00',
      discoveredAt: '2026-11-20T10:30:00+01:00',
      facts,
      affectedCustomers: [
        { customerId: customerA, subjectsCount: 120, role: 'processor' },
        { customerId: customerB, subjectsCount: null, role: 'controller' },
      ],
      ...over,
    });

  it('registers a breach with a DL-YYYY-NNNN reference and its obligations and clocks', async () => {
    const res = await register().expect(201);
    const b = res.body;
    expect(b.reference).toMatch(/^DL-\d{4}-\d{4,}$/);
    expect(b.status).toBe('open');
    expect(b.facts).toMatchObject({
      dataCategories: ['contact', 'financial'],
      identifiability: 'maximum',
      dpcAdjustment: 0,
    });
    expect(b.affectedCustomers).toHaveLength(2);
    const discovered = Date.parse('2026-11-20T10:30:00+01:00');
    const authority = b.obligations.find((o: { kind: string }) => o.kind === 'authority');
    // Registered with facts: assessed at once (version 1); the duties follow its outcome.
    expect(b.assessment).toMatchObject({ version: 1 });
    expect(authority).toMatchObject({
      basis: 'statutory',
      state: 'open',
      required: true,
      customerId: null,
      late: false,
      fulfilledAt: null,
    });
    expect(Date.parse(authority.dueAt) - discovered).toBe(72 * HOUR);
    const customers = b.obligations.filter((o: { kind: string }) => o.kind === 'customer');
    expect(customers.map((o: { customerId: string }) => o.customerId).sort()).toEqual([customerA, customerB].sort());
    for (const o of customers) {
      expect(o.basis).toBe('policy');
      expect(Date.parse(o.dueAt) - discovered).toBe(48 * HOUR);
    }
    const subjects = b.obligations.find((o: { kind: string }) => o.kind === 'data_subjects');
    expect(subjects).toMatchObject({ basis: 'without_undue_delay', dueAt: null });
    // discovered in the past: the clocks have run out and the board shows them overdue
    expect(authority.overdue).toBe(true);

    const got = await officer.get(`/api/breaches/${b.id}`).expect(200);
    expect(got.body).toEqual(b);
  });

  it('hands out 20 distinct, consecutive references to 20 concurrent registrations', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => register({ title: `Gelijktijdig ${i}`, affectedCustomers: [] })),
    );
    for (const r of results) expect(r.status).toBe(201);
    const numbers = results.map((r) => Number(/(\d+)$/.exec(r.body.reference)?.[1])).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(20);
    expect(numbers[19]! - numbers[0]!).toBe(19);
  });

  it('answers 400 naming each offending field and stores nothing', async () => {
    const marker = unique('Niet-opgeslagen');
    const res = await register({
      title: '',
      description: marker,
      cause: 'aliens',
      discoveredAt: '2026-11-20 10:30',
      affectedCustomers: [{ customerId: customerA, subjectsCount: -1, role: 'owner' }],
      facts: { ...facts, dpcAdjustment: 9, dataCategories: [] },
    }).expect(400);
    const text = (res.body.message as string[]).join('\n');
    expect(text).toMatch(/title must be longer/);
    expect(text).toMatch(/cause must be one of/);
    expect(text).toMatch(/discoveredAt must be an ISO-8601 date-time with an offset/);
    expect(text).toMatch(/affectedCustomers\.0\.subjectsCount must not be less than 0/);
    expect(text).toMatch(/affectedCustomers\.0\.role must be one of/);
    expect(text).toMatch(/facts\.dpcAdjustment/);
    expect(text).toMatch(/facts\.dataCategories/);
    const stored = (await officer.get(`/api/breaches?q=${encodeURIComponent(marker)}`).expect(200)).body;
    expect(stored).toMatchObject({ items: [], total: 0, totalExact: true, nextCursor: null });
  });

  it('refuses times out of order and discoveries in the future', async () => {
    const future = new Date(Date.now() + 2 * HOUR).toISOString();
    const r1 = await register({ discoveredAt: future }).expect(400);
    expect(r1.body.message).toContain('discoveredAt must not be in the future');
    const r2 = await register({ occurredAt: '2026-11-21T08:00:00+01:00' }).expect(400);
    expect(r2.body.message).toContain('occurredAt must not be after discoveredAt');
  });

  it('refuses unknown customers and contact persons with 400', async () => {
    const res = await register({
      contactPersonId: '00000000-0000-4000-8000-000000000000',
      affectedCustomers: [{ customerId: '00000000-0000-4000-8000-000000000001', subjectsCount: 1, role: 'controller' }],
    }).expect(400);
    expect(res.body.message).toEqual([
      'contactPersonId must be an active user',
      'affectedCustomers.0.customerId must be an existing customer',
    ]);
  });

  it('needs a reason to correct discoveredAt, then moves the open clocks and audits it', async () => {
    const b = (await register()).body;
    await officer.patch(`/api/breaches/${b.id}`, { discoveredAt: '2026-11-20T12:30:00+01:00' }).expect(400);
    const res = await officer
      .patch(`/api/breaches/${b.id}`, {
        discoveredAt: '2026-11-20T12:30:00+01:00',
        discoveredAtCorrectionReason: 'Melding kwam later binnen dan gedacht',
      })
      .expect(200);
    const authority = res.body.obligations.find((o: { kind: string }) => o.kind === 'authority');
    expect(Date.parse(authority.dueAt)).toBe(Date.parse('2026-11-20T12:30:00+01:00') + 72 * HOUR);
    const timeline = (await officer.get(`/api/breaches/${b.id}/timeline`).expect(200)).body;
    const correction = timeline.find((e: { action: string }) => e.action === 'breach.discovered_at_corrected');
    expect(correction.after.reason).toBe('Melding kwam later binnen dan gedacht');
    expect(correction.description.nl).toMatch(/Ontdekkingsmoment gecorrigeerd/);
  });

  it('adds and removes customer obligations when the affected customers change', async () => {
    const b = (await register({ affectedCustomers: [{ customerId: customerA, subjectsCount: 5, role: 'controller' }] }))
      .body;
    const res = await officer
      .patch(`/api/breaches/${b.id}`, {
        affectedCustomers: [{ customerId: customerB, subjectsCount: 7, role: 'processor' }],
      })
      .expect(200);
    const customerObligations = res.body.obligations.filter((o: { kind: string }) => o.kind === 'customer');
    expect(customerObligations.map((o: { customerId: string }) => o.customerId)).toEqual([customerB]);
  });

  it('refuses to close a breach with open obligations, naming them (409)', async () => {
    const b = (await register()).body;
    const res = await officer.post(`/api/breaches/${b.id}/close`).expect(409);
    expect(res.body.message[0]).toMatch(/open obligations: authority, customer \(.+\), customer \(.+\), data_subjects/);
  });

  it('lists with search, status filter and paging', async () => {
    const marker = unique('Zoekterm');
    await register({ title: `Phishing ${marker}` }).expect(201);
    const found = (await officer.get(`/api/breaches?q=${encodeURIComponent(marker)}`).expect(200)).body;
    expect(found.total).toBe(1);
    expect(found.items[0].title).toContain(marker);
    expect(found.items[0].obligations.length).toBeGreaterThan(0);
    // the list's projection tells the same clocks and owner as the breach page
    const detail = (await officer.get(`/api/breaches/${found.items[0].id}`).expect(200)).body;
    // (the list leaves out empty optional details; everything it does carry equals the breach page)
    expect(detail.obligations).toMatchObject(found.items[0].obligations);
    expect(found.items[0].obligations).toHaveLength(detail.obligations.length);
    expect(found.items[0].obligations[0]).not.toHaveProperty('notRequiredProposal');
    expect(found.items[0].owner).toEqual(detail.owner);
    expect(found.items[0].discoveredAt).toBe(detail.discoveredAt);
    const byReference = (await officer.get(`/api/breaches?q=${detail.reference.toLowerCase()}`).expect(200)).body;
    expect(byReference.items.map((b: { id: string }) => b.id)).toContain(detail.id);
    const page = (await officer.get('/api/breaches?status=open&page=1&pageSize=2').expect(200)).body;
    expect(page.items).toHaveLength(2);
    await officer.get('/api/breaches?status=burning').expect(400);
    await officer.get('/api/breaches?pageSize=0').expect(400);
  });

  it('pages by keyset: every match once, in order, ties broken by reference, at any depth', async () => {
    const marker = unique('Sleutelpagina');
    const at = [
      '2026-11-20T10:30:00+01:00',
      '2026-11-21T09:00:00+01:00',
      '2026-11-21T09:00:00+01:00',
      '2026-11-19T12:00:00.123+01:00',
      '2026-11-22T08:15:00+01:00',
    ];
    for (const discoveredAt of at) {
      await register({ title: `Sleutel ${marker}`, discoveredAt, occurredAt: null }).expect(201);
    }
    const seen: { reference: string; discoveredAt: string }[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const cursor = after ? `&after=${after}` : '';
      const res = await officer.get(`/api/breaches?q=${encodeURIComponent(marker)}&pageSize=2${cursor}`).expect(200);
      const body = res.body as { items: typeof seen; nextCursor: string | null };
      expect(body).toMatchObject({ total: 5, totalExact: true });
      seen.push(...body.items);
      after = body.nextCursor;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    const keys = seen.map((b) => `${b.discoveredAt} ${b.reference}`);
    expect(new Set(keys).size).toBe(5);
    expect([...keys].sort().reverse()).toEqual(keys);
    // numbered pages still work and hand over a cursor to go on from
    const second = (await officer.get(`/api/breaches?q=${encodeURIComponent(marker)}&pageSize=2&page=2`).expect(200))
      .body;
    expect(second.items.map((b: { reference: string }) => b.reference)).toEqual(
      seen.slice(2, 4).map((b) => b.reference),
    );
    const rest = (
      await officer
        .get(`/api/breaches?q=${encodeURIComponent(marker)}&pageSize=2&after=${second.nextCursor}`)
        .expect(200)
    ).body;
    expect(rest.items.map((b: { reference: string }) => b.reference)).toEqual([seen[4]?.reference]);
    expect(rest.nextCursor).toBeNull();
  });

  it('counts the matches of the filters on a page past the end, after a cursor or a page number', async () => {
    const marker = unique('Voorbij');
    for (const discoveredAt of ['2026-11-20T10:30:00+01:00', '2026-11-21T10:30:00+01:00']) {
      await register({ title: `Einde ${marker}`, discoveredAt, occurredAt: null }).expect(201);
    }
    const filter = `status=open&q=${encodeURIComponent(marker)}&pageSize=2`;
    const all = (await officer.get(`/api/breaches?${filter}`).expect(200)).body;
    expect(all).toMatchObject({ total: 2, totalExact: true });
    // past the end no row carries the count: it is counted alone, with the filter's parameters only
    const cursor = encodeBreachListCursor({ discoveredAt: '2000-01-01 00:00:00', reference: 'A' });
    const afterLast = (await officer.get(`/api/breaches?${filter}&after=${cursor}`).expect(200)).body;
    expect(afterLast).toMatchObject({ items: [], total: 2, totalExact: true, nextCursor: null });
    const pastLast = (await officer.get(`/api/breaches?${filter}&page=3`).expect(200)).body;
    expect(pastLast).toMatchObject({ items: [], total: 2, totalExact: true });
  });

  it('refuses a cursor it did not issue, or one with a page number, naming the field', async () => {
    for (const bad of [
      'not-a-cursor!',
      Buffer.from('["2026-11-20 10:30:00","x"]; DROP').toString('base64url'),
      'x'.repeat(401),
    ]) {
      const res = await officer.get(`/api/breaches?after=${encodeURIComponent(bad)}`).expect(400);
      expect(res.body.message.join(' ')).toMatch(/^after /);
    }
    const first = (await officer.get('/api/breaches?pageSize=1').expect(200)).body;
    const res = await officer.get(`/api/breaches?pageSize=1&page=2&after=${first.nextCursor}`).expect(400);
    expect(res.body.message.join(' ')).toMatch(/after must not be given together with page/);
  });

  it('counts matches up to 1,000 (200 for a search) and says "more" above that', async () => {
    const marker = unique('Veelvoud');
    const b = (await register({ title: `Telling ${marker}` }).expect(201)).body;
    const db = t.app.get(DataSource);
    // copies of one row straight into the table: 1,001 API registrations would take minutes
    await db.query(
      `INSERT INTO breaches
       SELECT (jsonb_populate_record(NULL::breaches, to_jsonb(b) || jsonb_build_object(
                 'id', gen_random_uuid(), 'reference', b.reference || '-' || g,
                 'discovered_at', b.discovered_at - g * interval '1 second'))).*
         FROM breaches b, generate_series(1, 1000) g WHERE b.id = $1`,
      [b.id],
    );
    try {
      const many = (await officer.get(`/api/breaches?q=${encodeURIComponent(marker)}&pageSize=50`).expect(200)).body;
      expect(many).toMatchObject({ total: 200, totalExact: false }); // a search counts to 200
      const all = (await officer.get('/api/breaches?pageSize=1').expect(200)).body;
      expect(all).toMatchObject({ total: 1000, totalExact: false }); // the list to 1,000
      expect(many.items).toHaveLength(50);
      expect(many.nextCursor).toEqual(expect.any(String));
      await db.query(`DELETE FROM breaches WHERE reference LIKE $1`, [`${b.reference}-%`]);
      const one = (await officer.get(`/api/breaches?q=${encodeURIComponent(marker)}`).expect(200)).body;
      expect(one).toMatchObject({ total: 1, totalExact: true, nextCursor: null });
    } finally {
      await db.query(`DELETE FROM breaches WHERE reference LIKE $1`, [`${b.reference}-%`]);
    }
  });

  it('enforces roles: managers read, only officers write', async () => {
    const manager = await t.loginAs('manager');
    await manager.get('/api/breaches').expect(200);
    await manager.post('/api/breaches', {}).expect(403);
    await admin.get('/api/breaches').expect(403);
    await officer.get('/api/breaches/00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('shows the registration and obligations on the timeline, oldest first', async () => {
    const b = (await register()).body;
    const timeline = (await officer.get(`/api/breaches/${b.id}/timeline`).expect(200)).body as {
      action: string;
      at: string;
      actor: string;
    }[];
    expect(timeline[0]).toMatchObject({ action: 'breach.registered', actor: 'officer@lekwacht.test' });
    expect(timeline.filter((e) => e.action === 'obligation.created')).toHaveLength(4);
    const times = timeline.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('exports the register as Excel-friendly CSV with one row per breach', async () => {
    const b = (await register({ title: '=HYPERLINK("evil")' })).body;
    const res = await officer
      .get('/api/register.csv?delimiter=semicolon')
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const body = (res.body as Buffer).toString('utf8');
    expect(body.charCodeAt(0)).toBe(0xfeff);
    const lines = body.slice(1).trim().split('\n');
    expect(lines[0]).toMatch(/^reference;title;cause;status/);
    const row = lines.find((l) => l.startsWith(b.reference));
    expect(row).toContain(`'=HYPERLINK`);
    expect(row).toContain('2026-11-20 10:30');
    const { total, totalExact } = (await officer.get('/api/breaches?pageSize=1').expect(200)).body;
    if (totalExact) expect(lines.length - 1).toBe(total);
    else expect(lines.length - 1).toBeGreaterThan(total);
  });

  it('reports an audit row edited directly in the database', async () => {
    const b = (await register()).body;
    const ds = t.app.get(DataSource);
    const [row] = await ds.query(
      `SELECT seq, actor_label FROM audit_events WHERE breach_id = $1 ORDER BY seq LIMIT 1`,
      [b.id],
    );
    const manager = await t.loginAs('manager');
    expect((await manager.get('/api/audit/verify').expect(200)).body.ok).toBe(true);
    await ds.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`);
    try {
      await ds.query(`UPDATE audit_events SET actor_label = 'mallory' WHERE seq = $1`, [row.seq]);
      const verify = (await manager.get('/api/audit/verify').expect(200)).body;
      expect(verify).toMatchObject({ ok: false, brokenAt: { seq: String(row.seq) } });
    } finally {
      // the row exactly as it was (not a presumed author), or every later file's audit check fails
      await ds.query(`UPDATE audit_events SET actor_label = $2 WHERE seq = $1`, [row.seq, row.actor_label]);
      await ds.query(`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`);
    }
    expect((await manager.get('/api/audit/verify').expect(200)).body.ok).toBe(true);
  });
});
