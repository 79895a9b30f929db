import { DataSource } from 'typeorm';
import { startTestApp, type TestApp, unique } from '../testing/test-app';

/** Issue #17 point 5: an absolute session lifetime, one's own sessions listed, one or all ended. */
describe('session limits and "my sessions" (HTTP, real database)', () => {
  let t: TestApp;
  let db: DataSource;
  let creds: { email: string; password: string };

  beforeAll(async () => {
    t = await startTestApp({ SESSION_MAX_HOURS: '12' });
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  /** A fresh officer for each test: no sessions but the ones the test opens. */
  beforeEach(async () => {
    const admin = await t.loginAs('admin');
    creds = { email: `${unique('sessions')}@lekwacht.test`, password: 'a-long-enough-password-1' };
    await admin.post('/api/users', { ...creds, name: 'Sanne Sessie', role: 'officer' }).expect(201);
  });

  const signIn = (userAgent: string) => t.loginAs(creds, { userAgent });

  it('lists only the user’s own live sessions, marks the current one, and never shows a token', async () => {
    const laptop = await signIn('Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36');
    await signIn('Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Mobile/15E148 Safari/604.1');
    const res = await laptop.get('/api/auth/sessions').expect(200);
    expect(res.body).toHaveLength(2);
    expect(res.body.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    const current = res.body.find((s: { current: boolean }) => s.current);
    expect(current.userAgent).toContain('Linux');
    for (const s of res.body) {
      expect(Object.keys(s).sort()).toEqual(['createdAt', 'current', 'expiresAt', 'id', 'lastSeenAt', 'userAgent']);
      // the absolute lifetime caps the idle timeout: never more than 12 h after login
      expect(Date.parse(s.expiresAt) - Date.parse(s.createdAt)).toBeLessThanOrEqual(12 * 3_600_000);
    }
    // what must not be there: no token, no hash, nobody else's sessions
    const body = JSON.stringify(res.body);
    const [row] = await db.query(`SELECT token_hash FROM sessions WHERE id = $1`, [current.id]);
    expect(body).not.toContain(row.token_hash);
    expect(body).not.toContain(laptop.csrf);
    const officer = await t.loginAs('officer');
    const others = await officer.get('/api/auth/sessions').expect(200);
    expect(others.body.map((s: { id: string }) => s.id)).not.toContain(current.id);
  });

  it('ends another of one’s own sessions: that browser is signed out, this one is not, and it is audited', async () => {
    const laptop = await signIn('laptop browser');
    const phone = await signIn('phone browser');
    const list = await laptop.get('/api/auth/sessions').expect(200);
    const phoneSession = list.body.find((s: { current: boolean }) => !s.current);
    await laptop.delete(`/api/auth/sessions/${phoneSession.id}`).expect(204);
    await phone.get('/api/auth/me').expect(401);
    await laptop.get('/api/auth/me').expect(200);
    // ended already, or someone else's: 404, and nothing changes
    await laptop.delete(`/api/auth/sessions/${phoneSession.id}`).expect(404);
    const officer = await t.loginAs('officer');
    const theirs = await officer.get('/api/auth/sessions').expect(200);
    await laptop.delete(`/api/auth/sessions/${theirs.body[0].id}`).expect(404);
    await officer.get('/api/auth/me').expect(200);
    const bad = await laptop.delete('/api/auth/sessions/not-a-uuid').expect(400);
    expect(JSON.stringify(bad.body)).toMatch(/uuid/i);
    const events = await db.query(
      `SELECT action, after FROM audit_events WHERE actor_id = $1 AND action LIKE 'session.%' ORDER BY seq`,
      [laptop.user.id],
    );
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'session.login',
      'session.login',
      'session.revoked',
    ]);
    expect(events[2].after).toEqual({ sessionId: phoneSession.id });
  });

  it('signs out everywhere: every session of the user ends, this one included, and the cookies are cleared', async () => {
    const forgotten = await signIn('old browser');
    // idle for 9 hours: it ended by itself, is not in the list, and is not counted as signed out now
    await db.query(`UPDATE sessions SET last_seen_at = now() - interval '9 hours' WHERE user_id = $1`, [
      forgotten.user.id,
    ]);
    const laptop = await signIn('laptop browser');
    const phone = await signIn('phone browser');
    expect((await laptop.get('/api/auth/sessions').expect(200)).body).toHaveLength(2);
    const res = await laptop.post('/api/auth/logout-everywhere').expect(200);
    expect(res.body).toEqual({ ended: 2 });
    const cleared = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    expect(cleared.some((c) => /^lekwacht_session=;/.test(c))).toBe(true);
    await laptop.get('/api/auth/me').expect(401);
    await phone.get('/api/auth/me').expect(401);
    // signing in again works as before
    const again = await signIn('laptop browser');
    await again.get('/api/auth/me').expect(200);
  });

  it('ends a session at its absolute lifetime however recently it was used, and sets the cookie for that long', async () => {
    const agent = t.http();
    const login = await agent.post('/api/auth/login').send(creds).expect(200);
    const cookie = ([] as string[])
      .concat(login.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('lekwacht_session='));
    expect(cookie).toMatch(/Max-Age=43200/);
    await agent.get('/api/auth/me').expect(200);
    // 12 h 1 min after login, used a minute ago: over the absolute lifetime
    await db.query(
      `UPDATE sessions SET created_at = now() - interval '12 hours 1 minute', last_seen_at = now() - interval '1 minute'
        WHERE user_id = (SELECT id FROM users WHERE email = $1)`,
      [creds.email],
    );
    await agent.get('/api/auth/me').expect(401);
    const fresh = await signIn('another browser');
    const list = await fresh.get('/api/auth/sessions').expect(200);
    expect(list.body).toHaveLength(1);
  });
});
