import { parseCsv } from '@lekwacht/domain';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { EscalationEngine } from '../escalations/escalation-engine';
import { deliveredMail } from '../testing/delivered-mail';
import { startTestApp, type LoggedIn, type TestApp, unique } from '../testing/test-app';
import { AUDIT_CSV_COLUMNS } from './audit-event-view';

const HOUR = 3_600_000;

interface AuditEvent {
  seq: string;
  at: string;
  actor: { id: string; name: string } | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  breachId: string | null;
  breachReference: string | null;
  description: { nl: string; en: string };
  details: { before: Record<string, unknown> | null; after: Record<string, unknown> | null };
  hash: string;
}

interface Page {
  items: AuditEvent[];
  nextCursor: string | null;
}

interface FieldError {
  path: string;
  rule: string;
  message: string;
}

/** Today's date in Europe/Amsterdam, as the period filter counts days. */
const amsterdamDay = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(at)
    .slice(0, 10);

const qs = (query: Record<string, string | number | undefined>) =>
  new URLSearchParams(
    Object.entries(query)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  ).toString();

describe('audit log page: GET /api/audit/events and events.csv (HTTP, real database)', () => {
  let t: TestApp;
  let ds: DataSource;
  let officer: LoggedIn;
  let manager: LoggedIn;
  let admin: LoggedIn;
  /** A breach registered now and edited a few times: the filter and paging subject. */
  let plain: { id: string; reference: string };
  /** A breach whose notice went out with a portal link and whose escalations fired: the secrets subject. */
  let sent: { id: string; reference: string };
  const reason = `Melding kwam later, "echt" later, via de servicedesk\nen daarna per post ${unique('r')}`;
  const password = `Geheim-${unique('wachtwoord')}-Zz9!`;
  const newPassword = `Nieuw-${unique('wachtwoord')}-Qq8!`;
  let formulaUser: { id: string; name: string };
  let portalToken: string;
  let calendarUrl: string;
  let oneTimeCodes: string[];

  const page = async (who: LoggedIn, query: Record<string, string | number | undefined>) =>
    (await who.get(`/api/audit/events?${qs(query)}`).expect(200)).body as Page;

  /** Every page of a filter, following nextCursor. */
  const allPages = async (
    who: LoggedIn,
    query: Record<string, string | number | undefined>,
    between?: () => Promise<void>,
  ) => {
    const items: AuditEvent[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const p = await page(who, { ...query, cursor });
      items.push(...p.items);
      cursor = p.nextCursor ?? undefined;
      pages++;
      if (between) await between();
    } while (cursor && pages < 500);
    return { items, pages };
  };

  const csvOf = async (who: LoggedIn, query: Record<string, string | number | undefined>) => {
    const res = await who.get(`/api/audit/events.csv?${qs(query)}`).expect(200);
    return { res, text: res.text, rows: parseCsv(res.text) };
  };

  beforeAll(async () => {
    t = await startTestApp();
    ds = t.app.get(DataSource);
    officer = await t.loginAs('officer');
    manager = await t.loginAs('manager');
    admin = await t.loginAs('admin');

    plain = (
      await officer
        .post('/api/breaches', {
          title: `Auditlog ${unique('t')}`,
          description: 'Laptop in de trein laten liggen',
          cause: 'lost_or_stolen_device',
          discoveredAt: new Date(Date.now() - HOUR).toISOString(),
          contactPersonId: null,
          affectedCustomers: [],
        })
        .expect(201)
    ).body;
    await officer
      .patch(`/api/breaches/${plain.id}`, {
        discoveredAt: new Date(Date.now() - 2 * HOUR).toISOString(),
        discoveredAtCorrectionReason: reason,
      })
      .expect(200);
    await officer.patch(`/api/breaches/${plain.id}`, { measuresTaken: 'Wachtwoorden gewijzigd' }).expect(200);

    // Secrets that exist around the log: a password, a portal link, a feed link, one-time codes.
    const customer = await admin
      .post('/api/customers', {
        name: unique('Klant Audit'),
        contactPerson: null,
        management: { name: 'Directie', email: `${unique('d')}@audit.example` },
        language: 'nl',
      })
      .expect(201);
    sent = (
      await officer
        .post('/api/breaches', {
          title: `=HYPERLINK("http://evil.example","klik"), ${unique('Verzonden')}`,
          description: 'Ransomware op de bestandsserver',
          customerSummary: { nl: 'Samenvatting' },
          cause: 'hacking',
          // 61 h ago: the AP duty is within 12 h, so the escalation engine mails at once
          discoveredAt: new Date(Date.now() - 61 * HOUR).toISOString(),
          contactPersonId: null,
          affectedCustomers: [{ customerId: customer.body.id, subjectsCount: 10, role: 'processor' }],
        })
        .expect(201)
    ).body;
    await officer.post(`/api/breaches/${sent.id}/notices`).expect(201);
    const notices = (await officer.get(`/api/breaches/${sent.id}/notices`).expect(200)).body as { id: string }[];
    await officer.post(`/api/breaches/${sent.id}/notices/review`, { noticeIds: notices.map((n) => n.id) }).expect(200);
    await officer.post(`/api/breaches/${sent.id}/notices/send`).expect(200);
    await t.app.get(EscalationEngine).fireDue();
    const mails = (await officer.get(`/api/mail?breachId=${sent.id}`).expect(200)).body as {
      id: string;
      kind: string;
    }[];
    const noticeMail = mails.find((m) => m.kind === 'notice');
    if (!noticeMail) throw new Error('no notice mail');
    portalToken = /\/portal\/([A-Za-z0-9_-]{43})/.exec((await deliveredMail(t, noticeMail.id)).text)![1]!;
    await t.http().post(`/api/portal/notices/${portalToken}/acknowledge`).send({ name: 'Karin Klant' }).expect(200);
    oneTimeCodes = [];
    for (const m of mails.filter((x) => x.kind === 'escalation')) {
      const code = /\bcode\b[^:\n<]{0,40}:\s*([A-Z0-9]{4}-[A-Z0-9]{4})\b/i.exec((await deliveredMail(t, m.id)).text);
      if (code?.[1]) oneTimeCodes.push(code[1]);
    }
    calendarUrl = ((await manager.get('/api/auth/calendar-url').expect(200)).body as { url: string }).url;

    // A user whose name a spreadsheet would run as a formula; the password is set twice.
    const created = await admin
      .post('/api/users', {
        email: `${unique('formule')}@lekwacht.test`,
        name: `=SUM(1+1) ${unique('Formule')}`,
        role: 'manager',
        password,
      })
      .expect(201);
    formulaUser = { id: created.body.id, name: created.body.name };
    await admin.patch(`/api/users/${formulaUser.id}`, { password: newPassword }).expect(200);
    await t.loginAs({ email: created.body.email, password: newPassword });
  });
  afterAll(() => t.close());

  describe('who may read the log', () => {
    it.each(['/api/audit/events', '/api/audit/events.csv', '/api/audit/actions'])(
      '%s: managers and admins read it, officers get 403, strangers 401',
      async (url) => {
        await manager.get(url).expect(200);
        await admin.get(url).expect(200);
        await officer.get(url).expect(403);
        await t.http().get(url).expect(401);
      },
    );
  });

  describe('filters', () => {
    it('by breach: only that breach, newest first, with reference and a description in Dutch and English', async () => {
      const { items } = await allPages(manager, { breachId: plain.id });
      expect(items.length).toBeGreaterThanOrEqual(4);
      expect(new Set(items.map((e) => e.breachId))).toEqual(new Set([plain.id]));
      expect(new Set(items.map((e) => e.breachReference))).toEqual(new Set([plain.reference]));
      const seqs = items.map((e) => BigInt(e.seq));
      expect(seqs).toEqual([...seqs].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
      const registered = items.find((e) => e.action === 'breach.registered');
      expect(registered).toMatchObject({
        actor: { id: officer.user.id, name: expect.any(String) },
        entityType: 'breach',
        entityId: plain.id,
        description: { nl: `Datalek ${plain.reference} geregistreerd`, en: `Breach ${plain.reference} registered` },
      });
      expect(registered!.hash).toMatch(/^[0-9a-f]{64}$/);
      const corrected = items.find((e) => e.action === 'breach.discovered_at_corrected');
      expect(corrected?.description.nl).toBe(`Ontdekkingsmoment gecorrigeerd: ${reason}`);
      expect(corrected?.details.after).toMatchObject({ reason });
      // the same events the breach's timeline shows
      const timeline = (await manager.get(`/api/breaches/${plain.id}/timeline`).expect(200)).body as unknown[];
      expect(items).toHaveLength(timeline.length);
    });

    it('by actor: only what that user did', async () => {
      const mine = await allPages(admin, { actorId: formulaUser.id });
      expect(mine.items.map((e) => e.action)).toEqual(['session.login']);
      expect(mine.items[0]!.actor).toEqual(formulaUser);
      const officers = await page(manager, { actorId: officer.user.id, breachId: plain.id, limit: 200 });
      expect(officers.items.length).toBeGreaterThan(0);
      expect(officers.items.every((e) => e.actor?.id === officer.user.id)).toBe(true);
      const admins = await page(manager, { actorId: admin.user.id, breachId: plain.id });
      expect(admins.items).toEqual([]);
    });

    it('by action: only that action', async () => {
      const { items } = await page(manager, { action: 'breach.registered', breachId: plain.id });
      expect(items.map((e) => e.action)).toEqual(['breach.registered']);
      const logins = await page(admin, { action: 'session.login', limit: 20 });
      expect(logins.items.length).toBeGreaterThan(0);
      expect(logins.items.every((e) => e.action === 'session.login' && e.breachId === null)).toBe(true);
    });

    it('by period: whole days in Europe/Amsterdam, the last day included', async () => {
      const today = amsterdamDay(new Date());
      const tomorrow = amsterdamDay(new Date(Date.now() + 24 * HOUR));
      const yesterday = amsterdamDay(new Date(Date.now() - 24 * HOUR));
      const all = (await page(manager, { breachId: plain.id, limit: 200 })).items;
      expect((await page(manager, { breachId: plain.id, from: today, to: today, limit: 200 })).items).toEqual(all);
      expect((await page(manager, { breachId: plain.id, to: today, limit: 200 })).items).toEqual(all);
      expect((await page(manager, { breachId: plain.id, from: tomorrow })).items).toEqual([]);
      expect((await page(manager, { breachId: plain.id, to: yesterday })).items).toEqual([]);
    });

    it('lists the actions in use with short names, for the action filter', async () => {
      const actions = (await manager.get('/api/audit/actions').expect(200)).body as {
        action: string;
        label: { nl: string; en: string };
      }[];
      const names = actions.map((a) => a.action);
      expect(names).toEqual([...names].sort());
      expect(new Set(names).size).toBe(names.length);
      expect(actions).toEqual(
        expect.arrayContaining([
          { action: 'breach.registered', label: { nl: 'Datalek geregistreerd', en: 'Breach registered' } },
          { action: 'session.login', label: { nl: 'Ingelogd', en: 'Logged in' } },
        ]),
      );
    });
  });

  describe('bad filters', () => {
    const cases: [string, Record<string, string>, string, string][] = [
      ['a breach id that is no uuid', { breachId: 'DL-2026-0001' }, 'breachId', 'isUuid'],
      ['an actor id that is no uuid', { actorId: '42' }, 'actorId', 'isUuid'],
      ['an action with SQL in it', { action: "x'; DROP TABLE audit_events; --" }, 'action', 'matches'],
      ['an action that is too long', { action: `a.${'b'.repeat(120)}` }, 'action', 'maxLength'],
      ['a date that does not exist', { from: '2026-02-30' }, 'from', 'isDate'],
      ['a date-time instead of a date', { to: '2026-03-01T10:00:00Z' }, 'to', 'isDate'],
      ['a period that ends before it starts', { from: '2026-03-02', to: '2026-03-01' }, 'to', 'notBefore'],
      ['a limit of 0', { limit: '0' }, 'limit', 'min'],
      ['a limit above 200', { limit: '201' }, 'limit', 'max'],
      ['a limit that is no number', { limit: 'veel' }, 'limit', 'isInt'],
      ['a cursor that is no cursor', { cursor: 'abc' }, 'cursor', 'matches'],
      ['a cursor beyond a bigint', { cursor: '99999999999999999999' }, 'cursor', 'matches'],
      ['an unknown filter', { customerId: '5' }, 'customerId', 'unknownProperty'],
    ];

    it.each(cases)('answers 400 naming the field for %s', async (_, query, path, rule) => {
      const res = await manager.get(`/api/audit/events?${qs(query)}`).expect(400);
      const errors = res.body.errors as FieldError[];
      expect(errors.map((e) => e.path)).toContain(path);
      expect(errors.filter((e) => e.path === path).map((e) => e.rule)).toContain(rule);
    });

    it('refuses the same bad filters on the CSV with 400 before any CSV is written', async () => {
      for (const [, query, path] of cases.filter(
        ([, q]) => !('limit' in q) && !('cursor' in q) && !('customerId' in q),
      )) {
        const res = await manager.get(`/api/audit/events.csv?${qs(query)}`).expect(400);
        expect(res.headers['content-type']).toMatch(/json/);
        expect((res.body.errors as FieldError[]).map((e) => e.path)).toContain(path);
      }
      const res = await manager.get('/api/audit/events.csv?delimiter=tab').expect(400);
      expect((res.body.errors as FieldError[]).map((e) => e.path)).toEqual(['delimiter']);
    });

    it('answers any query string with 2xx or a 400 with a message, never 5xx (property)', async () => {
      const value = fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.constantFrom('', ' ', '0', '-1', '9'.repeat(30), '2026-13-45', '\u0000', '💥', '%', '[]', 'null'),
      );
      const key = fc.constantFrom('breachId', 'actorId', 'action', 'from', 'to', 'limit', 'cursor', 'delimiter');
      const failures: string[] = [];
      await fc.assert(
        fc.asyncProperty(fc.dictionary(key, value, { maxKeys: 4 }), fc.boolean(), async (query, csv) => {
          const res = await manager.get(`/api/audit/${csv ? 'events.csv' : 'events'}?${qs(query)}`);
          if (res.status >= 500 || (res.status >= 400 && !res.body?.message)) {
            failures.push(`${res.status} for ${JSON.stringify(query)}`);
          }
        }),
        { numRuns: 150 },
      );
      expect(failures).toEqual([]);
    });
  });

  describe('paging', () => {
    it('gives every event once across pages, also while events are being appended', async () => {
      const whole = (await page(manager, { limit: 200, breachId: sent.id })).items;
      expect(whole.length).toBeGreaterThan(5);
      expect(whole.length).toBeLessThan(200);
      let appended = 0;
      const paged = await allPages(manager, { limit: 3, breachId: sent.id }, async () => {
        // a new event at the head of the same filter between pages
        await officer.patch(`/api/breaches/${sent.id}`, { measuresTaken: `Maatregel ${++appended}` }).expect(200);
      });
      const seqs = paged.items.map((e) => e.seq);
      expect(new Set(seqs).size).toBe(seqs.length);
      expect(seqs).toEqual(whole.map((e) => e.seq));
      // the page after a full last page is not asked for: nextCursor is null when nothing follows
      expect(paged.pages).toBe(Math.ceil(whole.length / 3));
    });

    it('stops with nextCursor null on the last page, and defaults to 50 a page', async () => {
      // more than one default page in the log, however few events other test files left
      for (let i = 0; (await page(admin, { limit: 51 })).nextCursor === null && i < 60; i++) {
        await officer.patch(`/api/breaches/${plain.id}`, { measuresTaken: `Stap ${i}` }).expect(200);
      }
      const first = await page(admin, {});
      expect(first.items.length).toBe(50);
      expect(first.nextCursor).toBe(first.items.at(-1)!.seq);
      const last = await page(admin, { breachId: plain.id, limit: 200 });
      expect(last.nextCursor).toBeNull();
    });
  });

  describe('CSV export', () => {
    it('has a header and one row per event, as an attachment, newest first, with the page filters', async () => {
      const { res, text, rows } = await csvOf(manager, { breachId: plain.id });
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="lekwacht-auditlog.csv"$/);
      expect(text.startsWith('\uFEFF')).toBe(true);
      const [header, ...data] = rows;
      expect(header).toEqual([...AUDIT_CSV_COLUMNS]);
      const events = (await page(manager, { breachId: plain.id, limit: 200 })).items;
      expect(data.map((r) => r[0])).toEqual(events.map((e) => e.seq));
      for (const [i, r] of data.entries()) {
        const record = Object.fromEntries(AUDIT_CSV_COLUMNS.map((c, j) => [c, r[j]]));
        const e = events[i]!;
        expect(record).toMatchObject({
          action: e.action,
          breach_reference: plain.reference,
          breach_id: plain.id,
          occurred_at_utc: e.at,
          description_nl: e.description.nl,
          description_en: e.description.en,
          hash: e.hash,
        });
        expect(record['occurred_at']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
        expect(JSON.parse(record['details']!)).toEqual(
          Object.fromEntries(Object.entries(e.details).filter(([, v]) => v !== null)),
        );
      }
    });

    it('keeps quotes, commas and line breaks in one cell (RFC 4180, CRLF) and takes a semicolon for Dutch Excel', async () => {
      const { text, rows } = await csvOf(manager, { breachId: plain.id, action: 'breach.discovered_at_corrected' });
      expect(rows).toHaveLength(2);
      expect(rows[1]![AUDIT_CSV_COLUMNS.indexOf('description_nl')]).toBe(`Ontdekkingsmoment gecorrigeerd: ${reason}`);
      // quotes doubled inside a quoted cell; records end in CRLF, the line break inside the cell stays LF
      expect(text).toContain(`"Ontdekkingsmoment gecorrigeerd: Melding kwam later, ""echt"" later`);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.split('\r\n')).toHaveLength(3);
      const semicolon = await manager
        .get(`/api/audit/events.csv?${qs({ breachId: plain.id, delimiter: 'semicolon' })}`)
        .expect(200);
      expect(semicolon.text.slice(1).split('\r\n')[0]).toBe(AUDIT_CSV_COLUMNS.join(';'));
    });

    it('neutralises cells a spreadsheet would run as a formula', async () => {
      const { rows } = await csvOf(admin, { actorId: formulaUser.id });
      expect(rows).toHaveLength(2);
      const actor = rows[1]![AUDIT_CSV_COLUMNS.indexOf('actor')];
      expect(actor).toBe(`'${formulaUser.name}`);
      // the API's JSON keeps the name as it is: only a spreadsheet runs formulas
      expect((await page(admin, { actorId: formulaUser.id })).items[0]!.actorLabel).toBe(formulaUser.name);
      // nothing in the whole file starts with a formula character
      const whole = await csvOf(admin, {});
      for (const row of whole.rows) for (const c of row) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    });

    it('holds no password, password hash, session, portal, feed or one-time code anywhere, nor does the page', async () => {
      const { text } = await csvOf(admin, {});
      const json = JSON.stringify((await allPages(admin, { limit: 200 })).items);
      const hashes = [
        ...((await ds.query(`SELECT password_hash AS v FROM users`)) as { v: string }[]),
        ...((await ds.query(`SELECT token_hash AS v FROM notices WHERE token_hash IS NOT NULL`)) as { v: string }[]),
        ...((await ds.query(`SELECT token_hash AS v FROM sessions`)) as { v: string }[]),
        ...((await ds.query(`SELECT token_hash AS v FROM calendar_tokens`)) as { v: string }[]),
      ].map((r) => r.v);
      const feedToken = new URL(calendarUrl).pathname
        .split('/')
        .pop()!
        .replace(/\.ics$/, '');
      const secrets = [password, newPassword, portalToken, feedToken, ...oneTimeCodes, ...hashes];
      expect(secrets.length).toBeGreaterThan(5);
      const found = secrets.filter((s) => text.includes(s) || json.includes(s));
      expect(found).toEqual([]);
      // while what the log is for is there
      expect(text).toContain('notice.acknowledged');
      expect(text).toContain('calendar_token.issued');
      expect(text).toContain('user.updated_with_password');
      expect(json).toContain('Karin Klant');
      process.stdout.write(`audit export: ${secrets.length} secrets looked for in ${text.length} bytes of CSV\n`);
    });
  });
});
