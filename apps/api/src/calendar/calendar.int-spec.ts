import ICAL from 'ical.js';
import { DataSource } from 'typeorm';
import { createCustomer, loginTeam } from '../testing/fixtures';
import { startTestApp, type LoggedIn, type TestApp, unique } from '../testing/test-app';

const HOUR = 3_600_000;

interface Obligation {
  id: string;
  kind: string;
  customerId: string | null;
  dueAt: string | null;
}

const eventsOf = (text: string) => {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    const alarm = v.getFirstSubcomponent('valarm');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toJSDate().toISOString(),
      startIsUtc: event.startDate.zone?.tzid === 'UTC',
      alarmTrigger: alarm?.getFirstPropertyValue('trigger')?.toString(),
    };
  });
};

describe('calendar feed (HTTP, real database)', () => {
  let t: TestApp;
  let ds: DataSource;
  let officer: LoggedIn;
  let manager: LoggedIn;
  let admin: LoggedIn;
  let customer: string;

  beforeAll(async () => {
    t = await startTestApp({
      LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
      PUBLIC_URL: 'http://lekwacht.example',
    });
    ds = t.app.get(DataSource);
    ({ officer, manager, admin } = await loginTeam(t));
    customer = (await createCustomer(admin, 'Agendaklant')).name;
  });
  afterAll(() => t.close());

  const pathOf = (url: string) => new URL(url).pathname;
  const openDeadlines = async () =>
    Number(
      (
        (await ds.query(`SELECT count(*)::int AS n FROM obligations WHERE state = 'open' AND due_at IS NOT NULL`)) as {
          n: number;
        }[]
      )[0]?.n,
    );

  it('hands every user one stable personal link under PUBLIC_URL', async () => {
    const first = await officer.get('/api/auth/calendar-url').expect(200);
    expect(Object.keys(first.body)).toEqual(['url']);
    expect(first.body.url).toMatch(/^http:\/\/lekwacht\.example\/api\/calendar\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.ics$/);
    const again = await officer.get('/api/auth/calendar-url').expect(200);
    expect(again.body.url).toBe(first.body.url);
    const other = await manager.get('/api/auth/calendar-url').expect(200);
    expect(other.body.url).not.toBe(first.body.url);
    await t.http().get('/api/auth/calendar-url').expect(401);
    // only a hash is stored
    const token = /calendar\/(.+)\.ics$/.exec(first.body.url)?.[1] ?? '';
    const rows = (await ds.query(`SELECT token_hash FROM calendar_tokens WHERE token_hash = $1 OR id = $2`, [
      token,
      token.split('.')[0],
    ])) as { token_hash: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).not.toContain(token.split('.')[1]);
  });

  it('serves one event per open obligation deadline, live', async () => {
    const customerId = ((await ds.query(`SELECT id FROM customers WHERE name = $1`, [customer])) as { id: string }[])[0]
      ?.id;
    const discoveredAt = new Date(Date.now() - 2 * HOUR);
    discoveredAt.setUTCMilliseconds(0);
    const breach = (
      await officer
        .post('/api/breaches', {
          title: 'Agenda-test: phishing',
          description: 'agenda',
          cause: 'social_engineering',
          discoveredAt: discoveredAt.toISOString(),
          affectedCustomers: [{ customerId, subjectsCount: 3, role: 'processor' }],
        })
        .expect(201)
    ).body as { id: string; reference: string; obligations: Obligation[] };
    const kindOf = (kind: string) => {
      const o = breach.obligations.find((x) => x.kind === kind);
      if (!o) throw new Error(`no ${kind} obligation`);
      return o;
    };
    const authority = kindOf('authority');
    const notice = kindOf('customer');

    const url = (await officer.get('/api/auth/calendar-url').expect(200)).body.url as string;
    const res = await t.http().get(pathOf(url)).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    expect(res.headers['cache-control']).toContain('no-store');
    const events = eventsOf(res.text);
    expect(events).toHaveLength(await openDeadlines());
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);

    const ap = events.find((e) => e.uid.startsWith(`obligation-${authority.id}@`));
    expect(ap).toMatchObject({
      summary: `${breach.reference} — melding AP (72 u)`,
      start: authority.dueAt,
      startIsUtc: true,
      alarmTrigger: '-PT4H',
    });
    expect(ap?.description).toContain(`http://lekwacht.example/breaches/${breach.id}`);
    const cust = events.find((e) => e.uid.startsWith(`obligation-${notice.id}@`));
    expect(cust?.summary).toBe(`${breach.reference} — bericht aan ${customer} (48 u)`);
    expect(cust?.start).toBe(notice.dueAt);
    // the data subjects duty has no deadline, so no event
    expect(events.some((e) => e.uid.includes(kindOf('data_subjects').id))).toBe(false);

    // the same UID on every fetch, so calendar apps update rather than duplicate
    const again = eventsOf((await t.http().get(pathOf(url)).expect(200)).text);
    expect(again.find((e) => e.summary === ap?.summary)?.uid).toBe(ap?.uid);

    await ds.query(`UPDATE obligations SET state = 'fulfilled', fulfilled_at = now(), late = false WHERE id = $1`, [
      authority.id,
    ]);
    const after = eventsOf((await t.http().get(pathOf(url)).expect(200)).text);
    expect(after).toHaveLength(events.length - 1);
    expect(after.some((e) => e.uid === ap?.uid)).toBe(false);
    expect(after.some((e) => e.uid === cust?.uid)).toBe(true);
  });

  it('keeps an administrator feed empty (no casework)', async () => {
    const url = (await admin.get('/api/auth/calendar-url').expect(200)).body.url as string;
    const text = (await t.http().get(pathOf(url)).expect(200)).text;
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(eventsOf(text)).toHaveLength(0);
  });

  it('rotating revokes the old link', async () => {
    const old = (await officer.get('/api/auth/calendar-url').expect(200)).body.url as string;
    const rotated = (await officer.post('/api/auth/calendar-url/rotate').expect(200)).body.url as string;
    expect(rotated).not.toBe(old);
    await t.http().get(pathOf(old)).expect(404);
    await t.http().get(pathOf(rotated)).expect(200);
    expect((await officer.get('/api/auth/calendar-url').expect(200)).body.url).toBe(rotated);
    const active = (await ds.query(
      `SELECT count(*)::int AS n FROM calendar_tokens WHERE user_id = $1 AND revoked_at IS NULL`,
      [officer.user.id],
    )) as { n: number }[];
    expect(active[0]?.n).toBe(1);
    // rotating needs the CSRF header like every other change
    await officer.agent.post('/api/auth/calendar-url/rotate').expect(403);
  });

  it('answers 404 for unknown, forged or malformed tokens', async () => {
    const url = (await officer.get('/api/auth/calendar-url').expect(200)).body.url as string;
    const [id = '', sig = ''] = (/calendar\/(.+)\.ics$/.exec(url)?.[1] ?? '').split('.');
    await t
      .http()
      .get(`/api/calendar/${id}.${sig.slice(0, -2)}xx.ics`)
      .expect(404);
    await t.http().get(`/api/calendar/AAAAAAAAAAAAAAAAAAAAAAAA.${sig}.ics`).expect(404);
    await t.http().get('/api/calendar/nonsense.ics').expect(404);
  });

  it('ends a feed link for good with a password reset and with deactivation (re-enabling does not revive it)', async () => {
    const email = `${unique('feed')}@lekwacht.test`;
    const created = await admin
      .post('/api/users', {
        email,
        name: 'Feed Gebruiker',
        role: 'officer',
        password: 'feed-password-1',
        language: 'nl',
      })
      .expect(201);
    const userId = created.body.id as string;
    const login = async (password: string) => t.loginAs({ email, password });

    const first = (await (await login('feed-password-1')).get('/api/auth/calendar-url').expect(200)).body.url as string;
    await t.http().get(pathOf(first)).expect(200);
    await admin.patch(`/api/users/${userId}`, { password: 'feed-password-2' }).expect(200);
    await t.http().get(pathOf(first)).expect(404);

    const second = (await (await login('feed-password-2')).get('/api/auth/calendar-url').expect(200)).body
      .url as string;
    expect(second).not.toBe(first);
    await t.http().get(pathOf(second)).expect(200);
    await admin.patch(`/api/users/${userId}`, { active: false }).expect(200);
    await admin.patch(`/api/users/${userId}`, { active: true }).expect(200);
    await t.http().get(pathOf(second)).expect(404);
  });
});
