import request from 'supertest';
import { DataSource } from 'typeorm';
import { sha256Hex } from '../security/tokens';
import { startTestApp, type TestApp, unique } from '../testing/test-app';
import { waitUntil } from '../testing/wait-until';
import { SessionCache } from './session-cache';

const embedded = process.env['DATABASE_POOL_SIZE'] === '1';

/**
 * Issue #19: sessions are remembered between requests, yet whatever ends one counts at once — on
 * the instance that made the change, on another instance, and when the change is made by hand in
 * the database. Two app instances share one PostgreSQL database here.
 */
(embedded ? describe.skip : describe)('the session cache (two instances, real PostgreSQL)', () => {
  let a: TestApp;
  let b: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp();
    db = a.app.get(DataSource);
    await waitUntil(() => a.app.get(SessionCache).enabled && b.app.get(SessionCache).enabled);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  /** A fresh officer signed in on instance A; the cookie works on either instance. */
  async function signedInOfficer() {
    const admin = await a.loginAs('admin');
    const creds = { email: `${unique('cache')}@lekwacht.test`, password: 'a-long-enough-password-1' };
    const created = await admin.post('/api/users', { ...creds, name: 'Casper Cache', role: 'officer' }).expect(201);
    const login = await a.http().post('/api/auth/login').send(creds).expect(200);
    const cookie = ([] as string[]).concat(login.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]);
    const me = (t: TestApp) => request(t.app.getHttpServer()).get('/api/auth/me').set('Cookie', cookie);
    return { id: created.body.id as string, creds, cookie, me };
  }

  it('answers from memory once a session is known, and the session works on both instances', async () => {
    const officer = await signedInOfficer();
    await officer.me(a).expect(200);
    await officer.me(b).expect(200);
    const cached = [a, b].map((t) => t.app.get(SessionCache).get(hashOf(officer.cookie)));
    expect(cached.map((c) => c?.id)).toEqual([officer.id, officer.id]);
  });

  it('a logout on one instance ends the session on the other at once', async () => {
    const officer = await signedInOfficer();
    await officer.me(a).expect(200);
    await officer.me(b).expect(200);
    await request(b.app.getHttpServer())
      .post('/api/auth/logout')
      .set('Cookie', officer.cookie)
      .set('X-XSRF-TOKEN', csrfOf(officer.cookie))
      .expect((res) => expect(res.status).toBeLessThan(300));
    // the instance that logged out forgot it before answering
    await officer.me(b).expect(401);
    // the other hears it from the database (NOTIFY on commit): within moments, not after a TTL
    const started = Date.now();
    await waitUntil(async () => (await officer.me(a)).status === 401);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('a deactivation by an admin on the other instance, and a revocation by hand in SQL, count at once', async () => {
    const first = await signedInOfficer();
    await first.me(a).expect(200);
    const admin = await b.loginAs('admin');
    await admin.patch(`/api/users/${first.id}`, { active: false }).expect(200);
    await waitUntil(async () => (await first.me(a)).status === 401);

    const second = await signedInOfficer();
    await second.me(a).expect(200);
    await db.query(`UPDATE sessions SET revoked_at = now() WHERE token_hash = $1`, [hashOf(second.cookie)]);
    await waitUntil(async () => (await second.me(a)).status === 401);
  });

  it('a role change ends the sessions on the same instance in the very next request', async () => {
    const officer = await signedInOfficer();
    expect((await officer.me(a).expect(200)).body.role).toBe('officer');
    const admin = await a.loginAs('admin');
    await admin.patch(`/api/users/${officer.id}`, { role: 'manager' }).expect(200);
    await officer.me(a).expect(401);
  });

  it('a name change shows on the same instance in the very next request', async () => {
    const officer = await signedInOfficer();
    await officer.me(a).expect(200);
    const admin = await a.loginAs('admin');
    await admin.patch(`/api/users/${officer.id}`, { name: 'Casper Cachet' }).expect(200);
    expect((await officer.me(a).expect(200)).body.name).toBe('Casper Cachet');
  });

  it('remembers nothing while its listening connection is down, and picks up again after', async () => {
    const officer = await signedInOfficer();
    await officer.me(a).expect(200);
    const cache = a.app.get(SessionCache);
    await db.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'lekwacht-change-notifications' AND datname = current_database()`,
    );
    await waitUntil(() => !cache.enabled);
    expect(cache.get(hashOf(officer.cookie))).toBeUndefined();
    // a revocation while nobody listens still counts: every request asks the database
    await db.query(`UPDATE sessions SET revoked_at = now() WHERE token_hash = $1`, [hashOf(officer.cookie)]);
    await officer.me(a).expect(401);
    await waitUntil(() => cache.enabled, 10_000);
  });
});

function hashOf(cookie: string[]): string {
  return sha256Hex(cookie.map((c) => /^lekwacht_session=(.+)$/.exec(c)?.[1]).find(Boolean) ?? '');
}

function csrfOf(cookie: string[]): string {
  return cookie.map((c) => /^XSRF-TOKEN=(.+)$/.exec(c)?.[1]).find(Boolean) ?? '';
}
