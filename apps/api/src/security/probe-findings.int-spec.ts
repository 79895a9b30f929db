import { DEMO_EMAIL, DEMO_PASSWORD, startTestApp, type TestApp } from '../testing/test-app';

/** The outside probe's findings (issue #17), each turned into the request that exposed it. */
describe('probe findings (HTTP layer)', () => {
  describe('over plain http', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ PUBLIC_URL: 'http://server.example:3000', LOGIN_RATE_LIMIT: '3' });
    });
    afterAll(() => t.close());

    it('does not tell the browser to upgrade to https (a blank page from another machine)', async () => {
      const res = await t.http().get('/api/health').expect(200);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain('upgrade-insecure-requests');
    });

    it('lets no browser or proxy keep an API answer (breach details, personal data), and sends no ETag', async () => {
      const officer = await t.loginAs('officer');
      for (const path of ['/api/breaches', '/api/auth/me', '/api/customers']) {
        const res = await officer.get(path).expect(200);
        expect([path, res.headers['cache-control']]).toEqual([path, 'no-store']);
        expect(res.headers['etag']).toBeUndefined();
      }
      // a route's own, stricter header stays
      const feed = await officer.get('/api/auth/calendar-url').expect(200);
      const ics = await t.http().get(new URL(feed.body.url).pathname).expect(200);
      expect(ics.headers['cache-control']).toBe('private, no-store');
    });

    it('answers a body nested 10,000 deep on the anonymous login with a 400 naming the limit', async () => {
      let body = '1';
      for (let i = 0; i < 10_000; i++) body = `{"a":${body}}`;
      const res = await t
        .http()
        .post('/api/auth/login')
        .set('content-type', 'application/json')
        .send(`{"email":"x@y.z","password":"p","x":${body}}`)
        .expect(400);
      expect(JSON.stringify(res.body.message)).toMatch(/body: nesting deeper than 32 levels/);
    });

    it('refuses a form-encoded login (login CSRF): no session is made', async () => {
      const res = await t
        .http()
        .post('/api/auth/login')
        .type('form')
        .send({ email: DEMO_EMAIL.officer, password: DEMO_PASSWORD });
      expect(res.status).toBe(400);
      expect(String(res.headers['set-cookie'] ?? '')).not.toContain('lekwacht_session=');
    });

    it('ignores X-Forwarded-For unless TRUST_PROXY says so: a rotating header does not bypass the login limit', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await t
          .http()
          .post('/api/auth/login')
          .set('X-Forwarded-For', `203.0.113.${i + 1}`)
          .send({ email: 'probe@lekwacht.test', password: 'wrong-password' });
        statuses.push(res.status);
      }
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses.slice(3)).toEqual([429, 429]);
    });
  });

  describe('behind https', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ PUBLIC_URL: 'https://lekwacht.example' });
    });
    afterAll(() => t.close());

    it('keeps upgrade-insecure-requests when the public URL is https', async () => {
      const res = await t.http().get('/api/health').expect(200);
      expect(String(res.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    });
  });
});
