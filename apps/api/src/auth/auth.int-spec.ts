import { startTestApp, type TestApp, DEMO_PASSWORD } from '../testing/test-app';

describe('authentication and sessions (HTTP, real database)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('logs a demo user in with an httpOnly SameSite=Lax session cookie and a readable XSRF cookie', async () => {
    const res = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'officer@lekwacht.test', password: DEMO_PASSWORD })
      .expect(200);
    expect(res.body).toEqual({
      user: expect.objectContaining({
        email: 'officer@lekwacht.test',
        role: 'officer',
        name: expect.any(String),
        id: expect.any(String),
      }),
    });
    const cookies: string[] = res.headers['set-cookie'] as unknown as string[];
    const session = cookies.find((c) => c.startsWith('lekwacht_session='));
    const xsrf = cookies.find((c) => c.startsWith('XSRF-TOKEN='));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(xsrf).not.toMatch(/HttpOnly/i);
  });

  it('gives the same 401 for an unknown user and a wrong password', async () => {
    const unknown = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'nobody@lekwacht.test', password: 'whatever-it-is' })
      .expect(401);
    const wrong = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'officer@lekwacht.test', password: 'wrong-password' })
      .expect(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(unknown.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: ['invalid e-mail or password'] });
  });

  it('answers 400 naming the field for bad login input', async () => {
    const res = await t.http().post('/api/auth/login').send({ email: 'not-an-email', password: 5 }).expect(400);
    expect(res.body.message).toEqual(expect.arrayContaining(['email must be an email', 'password must be a string']));
  });

  it('answers 400, not 500, for malformed JSON', async () => {
    const res = await t.http().post('/api/auth/login').set('content-type', 'application/json').send('{bad').expect(400);
    expect(res.body.statusCode).toBe(400);
  });

  it('returns the current user from /me and 401 without a session', async () => {
    const officer = await t.loginAs('officer');
    const me = await officer.get('/api/auth/me').expect(200);
    expect(me.body).toMatchObject({ email: 'officer@lekwacht.test', role: 'officer' });
    await t.http().get('/api/auth/me').expect(401);
  });

  it('refuses a state-changing request without the X-XSRF-TOKEN header', async () => {
    const officer = await t.loginAs('officer');
    await officer.agent.post('/api/auth/logout').expect(403);
    await officer.agent.post('/api/auth/logout').set('X-XSRF-TOKEN', 'forged').expect(403);
    await officer.post('/api/auth/logout').expect(204);
  });

  it('revokes the session on logout', async () => {
    const manager = await t.loginAs('manager');
    await manager.get('/api/auth/me').expect(200);
    await manager.post('/api/auth/logout').expect(204);
    await manager.get('/api/auth/me').expect(401);
  });

  it('rate-limits login attempts with 429', async () => {
    const limited = await startTestApp({ LOGIN_RATE_LIMIT: '3' });
    try {
      const attempt = () =>
        limited.http().post('/api/auth/login').send({ email: 'limit@lekwacht.test', password: 'wrong-password' });
      for (let i = 0; i < 3; i++) await attempt().expect(401);
      const res = await attempt().expect(429);
      expect(res.body.statusCode).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
