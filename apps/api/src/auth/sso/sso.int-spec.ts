import type { UserRole } from '@lekwacht/contracts';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { SigningKey } from '../../database/signing-key.service';
import { startTestApp, type TestApp, unique } from '../../testing/test-app';
import {
  signInAtProvider,
  startTestOidcProvider,
  type TestAccount,
  type TestOidcProvider,
} from '../../testing/test-oidc-provider';
import { hashPassword } from '../password';
import { PasswordTokensService } from '../password/password-tokens.service';
import { SSO_COOKIE, encodeTransaction } from './sso-transaction';

// The app is never reached through this address (supertest calls it in-process): it is only the
// redirect URI the provider sends the browser back to, which the test then calls itself.
const APP_URL = 'http://127.0.0.1:3999';
const PASSWORD = 'provider-password-1';
const ROLE_MAP = 'lekwacht-admins=admin,lekwacht-managers=manager,lekwacht-officers=officer';
const run = unique('sso');
const email = (who: string) => `${run}-${who}@sso.test`;

const ACCOUNTS: Record<string, TestAccount> = {
  [email('manager')]: {
    sub: `${run}-m`,
    password: PASSWORD,
    name: 'Mira Manager',
    groups: ['staff', 'lekwacht-managers'],
  },
  [email('officer')]: {
    sub: `${run}-o`,
    password: PASSWORD,
    name: 'Olaf Officer',
    groups: ['lekwacht-officers', 'staff'],
  },
  [email('both')]: {
    sub: `${run}-b`,
    password: PASSWORD,
    name: 'Bo Both',
    groups: ['lekwacht-officers', 'lekwacht-admins'],
  },
  [email('nogroup')]: { sub: `${run}-n`, password: PASSWORD, name: 'Nina Nogroup', groups: ['staff'] },
  [email('newcomer')]: { sub: `${run}-j`, password: PASSWORD, name: 'Jan Nieuw', groups: ['lekwacht-officers'] },
  [email('leaver')]: { sub: `${run}-l`, password: PASSWORD, name: 'Lea Leaver', groups: ['lekwacht-managers'] },
  [email('unverified')]: {
    sub: `${run}-u`,
    password: PASSWORD,
    name: 'Uma Unverified',
    groups: ['lekwacht-managers'],
    email_verified: false,
  },
};

describe('single sign-on with OpenID Connect (a real provider on loopback)', () => {
  let provider: TestOidcProvider;
  let t: TestApp;
  let ds: DataSource;

  const ssoEnv = (extra: Record<string, string> = {}) => ({
    PUBLIC_URL: APP_URL,
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: provider.clientId,
    OIDC_CLIENT_SECRET: provider.clientSecret,
    OIDC_ROLE_MAP: ROLE_MAP,
    OIDC_SCOPES: 'openid email profile groups',
    OIDC_BUTTON_LABEL: 'Testprovider',
    ...extra,
  });

  /** A Lekwacht user with a password, as an administrator would have made before SSO. */
  const localUser = async (who: string, role: UserRole) => {
    const [row] = (await ds.query(
      `INSERT INTO users (email, name, role, password_hash, active, language) VALUES ($1, $2, $3, $4, true, 'nl') RETURNING id`,
      [email(who), who, role, await hashPassword(PASSWORD)],
    )) as { id: string }[];
    return row!.id;
  };
  const userRow = async (who: string) =>
    (
      (await ds.query(`SELECT id, role, active, password_hash FROM users WHERE email = $1`, [email(who)])) as {
        id: string;
        role: UserRole;
        password_hash: string;
      }[]
    )[0];
  const auditOf = async (action: string, entityId: string) =>
    (await ds.query(`SELECT actor_label, after FROM audit_events WHERE action = $1 AND entity_id = $2 ORDER BY seq`, [
      action,
      entityId,
    ])) as { actor_label: string; after: Record<string, unknown> }[];

  /** The browser's way: the app sends it to the provider, the person signs in, the provider sends it back. */
  async function ssoSignIn(
    app: TestApp,
    who: string,
    options: { next?: string; agent?: TestAgent; lang?: string } = {},
  ) {
    const agent = options.agent ?? app.http();
    const start = await agent.get(`/api/auth/sso${options.next ? `?next=${encodeURIComponent(options.next)}` : ''}`);
    expect(start.status).toBe(302);
    const back = await signInAtProvider(start.headers['location'] as string, APP_URL, {
      email: email(who),
      password: PASSWORD,
    });
    const res = await agent.get(back.slice(APP_URL.length)).set('accept-language', options.lang ?? 'nl');
    const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    const csrf = cookies.map((c) => /^XSRF-TOKEN=([^;]+)/.exec(c)?.[1]).find(Boolean) ?? '';
    return { agent, res, csrf, cookies, back };
  }

  beforeAll(async () => {
    provider = await startTestOidcProvider(APP_URL, ACCOUNTS);
    t = await startTestApp(ssoEnv());
    ds = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t?.close();
    await provider?.stop();
  });

  it('tells the login page that single sign-on is on, its label, and that passwords still work', async () => {
    const res = await t.http().get('/api/auth/sso/config').expect(200);
    expect(res.body).toEqual({ enabled: true, label: 'Testprovider', localLogin: true });
  });

  it('sends the browser to the provider with PKCE (S256), state and nonce, keeping them in a signed HttpOnly cookie', async () => {
    const res = await t.http().get('/api/auth/sso').expect(302);
    const url = new URL(res.headers['location'] as string);
    expect(`${url.origin}${url.pathname}`).toBe(`${provider.issuer}/auth`);
    expect(url.searchParams.get('client_id')).toBe(provider.clientId);
    expect(url.searchParams.get('redirect_uri')).toBe(`${APP_URL}/api/auth/sso/callback`);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('state')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{43}$/);
    const cookie = ([] as string[])
      .concat(res.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith(`${SSO_COOKIE}=`))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Path=\/api\/auth\/sso/);
    expect(cookie).toMatch(/SameSite=Lax/);
    // the verifier never travels to the provider
    const value = decodeURIComponent(/=([^;]+)/.exec(cookie)![1]!);
    const tx = JSON.parse(Buffer.from(value.split('.')[0]!, 'base64url').toString()) as { codeVerifier: string };
    expect(res.headers['location']).not.toContain(tx.codeVerifier);
  });

  it('signs an existing user in by e-mail, lands on the asked page, links the subject and retires their password', async () => {
    const id = await localUser('manager', 'manager');
    const { agent, res, csrf } = await ssoSignIn(t, 'manager', { next: '/breaches?status=open' });
    expect(res.status).toBe(303);
    expect(res.headers['location']).toBe('/breaches?status=open');
    expect(csrf).not.toBe('');
    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body).toMatchObject({ id, email: email('manager'), role: 'manager' });
    expect((await auditOf('auth.sso_linked', id))[0]!.after).toMatchObject({
      issuer: provider.issuer,
      subject: `${run}-m`,
      localPassword: 'disabled',
    });
    expect(await auditOf('auth.sso_login', id)).toHaveLength(1);
    // the provider decides who they are now: the old password no longer signs in
    await t
      .http()
      .post('/api/auth/login')
      .send({ email: email('manager'), password: PASSWORD })
      .expect(401);
    // a state-changing request works with the CSRF cookie the callback set
    await agent.post('/api/auth/sso/logout').set('X-XSRF-TOKEN', csrf).send({}).expect(200);
  });

  it('gives a linked user no way back to a local password: no reset mail, no admin link', async () => {
    // the manager linked by signing in above
    expect((await ssoSignIn(t, 'manager')).res.status).toBe(303);
    const id = (await userRow('manager'))!.id;
    await t
      .http()
      .post('/api/auth/password-reset')
      .send({ email: email('manager') })
      .expect(202);
    // the lookup runs after the answer; awaiting the service's own run is what a wait would guess at
    await t.app.get(PasswordTokensService).requestReset(email('manager'));
    const [{ n }] = (await ds.query(`SELECT count(*)::int AS n FROM password_tokens WHERE user_id = $1`, [id])) as {
      n: number;
    }[];
    expect(n).toBe(0);
    const admin = await t.loginAs('admin');
    const link = await admin.post(`/api/users/${id}/password-reset`, {}).expect(409);
    expect(JSON.stringify(link.body)).toMatch(/single sign-on/);
  });

  it('refuses the second login step and password resets with 403 when LOCAL_LOGIN is false', async () => {
    const ssoOnly = await startTestApp(ssoEnv({ LOCAL_LOGIN: 'false' }));
    try {
      for (const [path, body] of [
        ['/api/auth/login/mfa', { code: '123456' }],
        ['/api/auth/password-reset', { email: 'admin@lekwacht.test' }],
        ['/api/auth/password-reset/confirm', { token: 'x'.repeat(43), password: 'correct-horse-battery' }],
      ] as const) {
        const res = await ssoOnly.http().post(path).send(body);
        expect(res.status).toBe(403);
        expect(JSON.stringify(res.body)).toMatch(/single sign-on/);
      }
    } finally {
      await ssoOnly.close();
    }
  });

  it('does not land on another site or back on the login page after signing in', async () => {
    await localUser('officer', 'admin');
    for (const next of ['//evil.example', 'https://evil.example/', '/login?next=/x', '/\\evil.example']) {
      const { res } = await ssoSignIn(t, 'officer', { next });
      expect(res.status).toBe(303);
      expect(res.headers['location']).toBe('/');
    }
  });

  it('sets the role from the mapped group at every sign-in (an admin in Lekwacht who is an officer at the provider becomes an officer)', async () => {
    const before = await userRow('officer');
    const { agent } = await ssoSignIn(t, 'officer');
    expect((await agent.get('/api/auth/me').expect(200)).body.role).toBe('officer');
    const changes = await auditOf('user.role_from_sso', before!.id);
    expect(changes.length).toBeGreaterThanOrEqual(1);
    expect(changes[0]!.after).toMatchObject({ role: 'officer' });
    // officers may register breaches; an admin-only route is now refused
    expect((await agent.get('/api/users')).status).toBe(403);
  });

  it('gives the first mapped group in OIDC_ROLE_MAP when a user is in several', async () => {
    await localUser('both', 'officer');
    const { agent } = await ssoSignIn(t, 'both');
    expect((await agent.get('/api/auth/me').expect(200)).body.role).toBe('admin');
  });

  it('refuses a user in no mapped group with a clear 403 page, audited, and without a session', async () => {
    const id = await localUser('nogroup', 'officer');
    const { res, cookies } = await ssoSignIn(t, 'nogroup');
    expect(res.status).toBe(403);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('zit niet (meer) in een groep die toegang geeft tot Lekwacht');
    expect(res.text).toContain('href="/login"');
    expect(cookies.some((c) => c.startsWith('lekwacht_session='))).toBe(false);
    expect((await auditOf('auth.sso_refused', id))[0]!.after).toMatchObject({ reason: 'no_role' });
  });

  it('says it in English to an English browser', async () => {
    const { res } = await ssoSignIn(t, 'nogroup', { lang: 'en-GB,en;q=0.9,nl;q=0.5' });
    expect(res.status).toBe(403);
    expect(res.text).toContain('<html lang="en">');
    expect(res.text).toContain('is not (or no longer) in a group that gives access to Lekwacht');
  });

  it('refuses a user removed from the group at their next sign-in, and ends the sessions they still had', async () => {
    const id = await localUser('leaver', 'manager');
    const first = await ssoSignIn(t, 'leaver');
    await first.agent.get('/api/auth/me').expect(200);
    provider.setGroups(email('leaver'), ['staff']);
    const second = await ssoSignIn(t, 'leaver');
    expect(second.res.status).toBe(403);
    await first.agent.get('/api/auth/me').expect(401);
    const refused = await auditOf('auth.sso_refused', id);
    expect(refused.at(-1)!.after).toMatchObject({ reason: 'no_role', revokedSessions: 1 });
    // back in the group: back in the app
    provider.setGroups(email('leaver'), ['lekwacht-managers']);
    expect((await ssoSignIn(t, 'leaver')).res.status).toBe(303);
  });

  it('refuses an unknown user when just-in-time creation is off, creating nothing', async () => {
    const { res } = await ssoSignIn(t, 'newcomer');
    expect(res.status).toBe(403);
    expect(res.text).toContain('Er is geen Lekwacht-account voor uw e-mailadres');
    expect(await userRow('newcomer')).toBeUndefined();
  });

  it('does not link an account by an e-mail address the provider has not verified', async () => {
    await localUser('unverified', 'manager');
    const { res } = await ssoSignIn(t, 'unverified');
    expect(res.status).toBe(403);
    expect(res.text).toContain('niet bevestigd');
  });

  it('creates an unknown user at the first sign-in when OIDC_JIT_USERS is on, with the mapped role and no usable password', async () => {
    const jit = await startTestApp(ssoEnv({ OIDC_JIT_USERS: 'true' }));
    try {
      const { agent, res } = await ssoSignIn(jit, 'newcomer');
      expect(res.status).toBe(303);
      expect((await agent.get('/api/auth/me').expect(200)).body).toMatchObject({
        email: email('newcomer'),
        name: 'Jan Nieuw',
        role: 'officer',
      });
      const row = await userRow('newcomer');
      expect(row!.password_hash).not.toMatch(/^\$argon2/);
      expect((await auditOf('user.created', row!.id))[0]!.after).toMatchObject({ role: 'officer', via: 'sso' });
      await jit
        .http()
        .post('/api/auth/login')
        .send({ email: email('newcomer'), password: PASSWORD })
        .expect(401);
      // still needs a mapped group
      provider.setGroups(email('newcomer'), []);
      expect((await ssoSignIn(jit, 'newcomer')).res.status).toBe(403);
    } finally {
      await jit.close();
    }
  });

  it('refuses password login with 403 naming single sign-on when LOCAL_LOGIN is false', async () => {
    const ssoOnly = await startTestApp(ssoEnv({ LOCAL_LOGIN: 'false' }));
    try {
      const res = await ssoOnly
        .http()
        .post('/api/auth/login')
        .send({ email: 'admin@lekwacht.test', password: 'lekwacht-demo' });
      expect(res.status).toBe(403);
      expect(JSON.stringify(res.body)).toMatch(/single sign-on/);
      expect((await ssoOnly.http().get('/api/auth/sso/config').expect(200)).body.localLogin).toBe(false);
      expect((await ssoSignIn(ssoOnly, 'manager')).res.status).toBe(303);
    } finally {
      await ssoOnly.close();
    }
  });

  describe('a callback that does not verify is refused (4xx), never a 500', () => {
    /** Up to the provider's answer, without calling the app's callback. */
    async function providerAnswer(who = 'manager') {
      const agent = t.http();
      const start = await agent.get('/api/auth/sso').expect(302);
      const back = await signInAtProvider(start.headers['location'] as string, APP_URL, {
        email: email(who),
        password: PASSWORD,
      });
      const cookie = ([] as string[])
        .concat(start.headers['set-cookie'] ?? [])
        .find((c) => c.startsWith(`${SSO_COOKIE}=`))!;
      return { agent, path: back.slice(APP_URL.length), cookie: /=([^;]+)/.exec(cookie)![1]! };
    }

    it('without the transaction cookie (started in another browser): 400', async () => {
      const { path } = await providerAnswer();
      const res = await t.http().get(path);
      expect(res.status).toBe(400);
      expect(res.text).toContain('niet in deze browser begonnen');
    });

    it('with an altered state: 401', async () => {
      const { agent, path } = await providerAnswer();
      const res = await agent.get(path.replace(/state=[^&]+/, 'state=forged'));
      expect(res.status).toBe(401);
    });

    it("with another attempt's cookie (state and PKCE of someone else): 401", async () => {
      const a = await providerAnswer();
      const b = await providerAnswer();
      const res = await t.http().get(a.path).set('cookie', `${SSO_COOKIE}=${b.cookie}`);
      expect(res.status).toBe(401);
    });

    it('with a cookie whose signature does not match: 400', async () => {
      const { path, cookie } = await providerAnswer();
      const [payload] = decodeURIComponent(cookie).split('.');
      const res = await t.http().get(path).set('cookie', `${SSO_COOKIE}=${payload}.forged`);
      expect(res.status).toBe(400);
    });

    it('with a different nonce than the ID token carries (even correctly signed): 401', async () => {
      const { path, cookie } = await providerAnswer();
      const tx = JSON.parse(Buffer.from(decodeURIComponent(cookie).split('.')[0]!, 'base64url').toString());
      const forged = await encodeTransaction({ ...tx, nonce: 'another-nonce' }, t.app.get(SigningKey));
      const res = await t
        .http()
        .get(path)
        .set('cookie', `${SSO_COOKIE}=${encodeURIComponent(forged)}`);
      expect(res.status).toBe(401);
    });

    it('with a code used twice: 401 the second time', async () => {
      const { path, cookie } = await providerAnswer();
      expect((await t.http().get(path).set('cookie', `${SSO_COOKIE}=${cookie}`)).status).toBe(303);
      expect((await t.http().get(path).set('cookie', `${SSO_COOKIE}=${cookie}`)).status).toBe(401);
    });

    it('with an error from the provider (the user cancelled) or odd parameters: 4xx', async () => {
      const agent = t.http();
      const start = await agent.get('/api/auth/sso').expect(302);
      const state = new URL(start.headers['location'] as string).searchParams.get('state')!;
      const iss = encodeURIComponent(provider.issuer);
      const cancelled = await agent.get(`/api/auth/sso/callback?error=access_denied&state=${state}&iss=${iss}`);
      expect(cancelled.status).toBe(401);
      for (const query of ['', '?code=x', '?state=a&state=b&code=c', '?code[]=1', `?code=${'x'.repeat(5000)}`]) {
        const again = t.http();
        await again.get('/api/auth/sso').expect(302);
        const res = await again.get(`/api/auth/sso/callback${query}`);
        expect([400, 401]).toContain(res.status);
      }
    });
  });

  it('logs out locally and sends an SSO session to the provider with id_token_hint and a way back', async () => {
    const { agent, csrf } = await ssoSignIn(t, 'manager');
    const res = await agent.post('/api/auth/sso/logout').set('X-XSRF-TOKEN', csrf).send({}).expect(200);
    const url = new URL(res.body.redirectTo as string);
    expect(`${url.origin}${url.pathname}`).toBe(`${provider.issuer}/session/end`);
    expect(url.searchParams.get('id_token_hint')).toMatch(/^ey[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(`${APP_URL}/login`);
    await agent.get('/api/auth/me').expect(401);
    // the ID token is gone with the session
    const [{ n }] = (await ds.query(`SELECT count(*)::int AS n FROM sso_sessions WHERE id_token = $1`, [
      url.searchParams.get('id_token_hint'),
    ])) as { n: number }[];
    expect(n).toBe(0);
  });

  it('logs a password session out locally only (no provider to visit)', async () => {
    const admin = await t.loginAs('admin');
    const res = await admin.post('/api/auth/sso/logout').expect(200);
    expect(res.body).toEqual({ redirectTo: null });
    await admin.get('/api/auth/me').expect(401);
  });

  it('keeps tokens out of the audit trail', async () => {
    const rows = (await ds.query(
      `SELECT after::text AS a FROM audit_events WHERE action LIKE 'auth.sso%' OR action = 'user.role_from_sso'`,
    )) as { a: string }[];
    expect(rows.length).toBeGreaterThan(3);
    for (const { a } of rows) expect(a).not.toMatch(/eyJ|code_verifier|codeVerifier|nonce|password_hash|\$argon2/);
  });
});

describe('single sign-on not configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is off: the login page hears so, and the sign-in routes do not exist', async () => {
    expect((await t.http().get('/api/auth/sso/config').expect(200)).body).toEqual({
      enabled: false,
      label: null,
      localLogin: true,
    });
    await t.http().get('/api/auth/sso').expect(404);
    await t.http().get('/api/auth/sso/callback?code=x&state=y').expect(404);
  });
});
