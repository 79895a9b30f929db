import { PasswordTokensService } from './password-tokens.service';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp, unique } from '../../testing/test-app';

interface Mail {
  id: string;
  text: string;
  html: string;
  subject: string;
  to_address: string;
}

/** Issue #17 point 4: forgotten password by mail link, invitations, users changing their own password. */
describe('password reset, invitations and changing one’s password (HTTP, real database)', () => {
  let t: TestApp;
  let db: DataSource;
  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  const mailsTo = async (email: string): Promise<Mail[]> =>
    (await db.query(
      `SELECT id, text, html, subject, to_address FROM outbox_messages WHERE to_address = $1 ORDER BY created_at`,
      [email],
    )) as Mail[];
  /** The reset mail is queued just after the 202 (so its timing reveals nothing): wait for it. */
  const waitForMails = async (email: string, count: number): Promise<Mail[]> => {
    for (let i = 0; i < 50; i++) {
      const mails = await mailsTo(email);
      if (mails.length >= count) return mails;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no mail to ${email}`);
  };
  const tokenIn = (mail: Mail, page: 'password-reset' | 'invitation') =>
    new RegExp(`/${page}/([A-Za-z0-9_-]{43})`).exec(mail.text)?.[1] ?? '';

  const newUser = async (language: 'nl' | 'en' = 'nl') => {
    const admin = await t.loginAs('admin');
    const creds = { email: `${unique('reset')}@lekwacht.test`, password: 'the-original-password-1' };
    await admin.post('/api/users', { ...creds, name: 'Rita Reset', role: 'officer', language }).expect(201);
    return creds;
  };

  it('answers 202 with the same body for a known and an unknown address, and mails only the known one', async () => {
    const creds = await newUser();
    const known = await t.http().post('/api/auth/password-reset').send({ email: creds.email }).expect(202);
    const unknownEmail = `${unique('nobody')}@lekwacht.test`;
    const unknown = await t.http().post('/api/auth/password-reset').send({ email: unknownEmail }).expect(202);
    expect(known.body).toEqual(unknown.body);
    const [mail] = await waitForMails(creds.email, 1);
    expect(mail!.subject).toBe('Nieuw wachtwoord instellen');
    expect(tokenIn(mail!, 'password-reset')).toHaveLength(43);
    // the unknown address's lookup has run to its end (awaited, not guessed with a sleep): no mail
    await t.app.get(PasswordTokensService).requestReset(unknownEmail);
    expect(await mailsTo(unknownEmail)).toEqual([]);
    const bad = await t.http().post('/api/auth/password-reset').send({ email: 'not-an-email' }).expect(400);
    expect(bad.body.message).toEqual(['email must be an email']);
  });

  it('sets the password once with the link, ends every session, and the mailbox view masks the token', async () => {
    const creds = await newUser('en');
    const session = await t.loginAs(creds);
    await session.get('/api/auth/calendar-url').expect(200);
    await t.http().post('/api/auth/password-reset').send({ email: creds.email }).expect(202);
    const [mail] = await waitForMails(creds.email, 1);
    expect(mail!.subject).toBe('Set a new password');
    const token = tokenIn(mail!, 'password-reset');
    // the stored token is a hash; the mailbox shows the link without it
    const [row] = await db.query(
      `SELECT token_hash FROM password_tokens WHERE token_hash <> $1 ORDER BY created_at DESC LIMIT 1`,
      [token],
    );
    expect(row.token_hash).not.toBe(token);
    const admin = await t.loginAs('admin');
    const view = (await admin.get(`/api/mail/${mail!.id}`).expect(200)).body as { text: string; html: string };
    expect(view.text).toContain('/password-reset/[redacted]');
    expect(JSON.stringify(view)).not.toContain(token);

    await t.http().post('/api/auth/password-reset/confirm').send({ token, password: 'short' }).expect(400);
    const newPassword = 'a-brand-new-password-2';
    await t.http().post('/api/auth/password-reset/confirm').send({ token, password: newPassword }).expect(204);
    await session.get('/api/auth/me').expect(401);
    const [feed] = await db.query(
      `SELECT count(*)::int AS live FROM calendar_tokens WHERE user_id = $1 AND revoked_at IS NULL`,
      [session.user.id],
    );
    expect(feed.live).toBe(0);
    await t.http().post('/api/auth/login').send(creds).expect(401);
    await t.loginAs({ email: creds.email, password: newPassword });
    // single use
    const again = await t
      .http()
      .post('/api/auth/password-reset/confirm')
      .send({ token, password: 'yet-another-password-3' })
      .expect(400);
    expect(again.body.message[0]).toMatch(/^token is not valid/);
    const audit = (await db.query(`SELECT action, after FROM audit_events WHERE entity_id = $1 ORDER BY seq`, [
      session.user.id,
    ])) as { action: string }[];
    expect(audit.map((e) => e.action)).toEqual(
      expect.arrayContaining(['user.password_reset_link_sent', 'user.password_reset', 'calendar_token.revoked']),
    );
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it('refuses an expired link and a link made obsolete by a newer one', async () => {
    const creds = await newUser();
    await t.http().post('/api/auth/password-reset').send({ email: creds.email }).expect(202);
    const [first] = await waitForMails(creds.email, 1);
    await t.http().post('/api/auth/password-reset').send({ email: creds.email }).expect(202);
    const [, second] = await waitForMails(creds.email, 2);
    const password = 'another-new-password-9';
    await t
      .http()
      .post('/api/auth/password-reset/confirm')
      .send({ token: tokenIn(first!, 'password-reset'), password })
      .expect(400);
    await db.query(
      `UPDATE password_tokens SET expires_at = now() - interval '1 second' WHERE used_at IS NULL AND user_id = (SELECT id FROM users WHERE email = $1)`,
      [creds.email],
    );
    await t
      .http()
      .post('/api/auth/password-reset/confirm')
      .send({ token: tokenIn(second!, 'password-reset'), password })
      .expect(400);
    await t
      .http()
      .post('/api/auth/password-reset/confirm')
      .send({ token: 'x'.repeat(43), password })
      .expect(400);
    const malformed = await t
      .http()
      .post('/api/auth/password-reset/confirm')
      .send({ token: 'x', password })
      .expect(400);
    expect(malformed.body.message[0]).toMatch(/^token/);
  });

  it('invites a new user without a password: they cannot log in until they choose one through the link', async () => {
    const admin = await t.loginAs('admin');
    const email = `${unique('invited')}@lekwacht.test`;
    const created = await admin.post('/api/users', { email, name: 'Ivo Invited', role: 'officer' }).expect(201);
    expect(JSON.stringify(created.body)).not.toMatch(/password|hash|token/i);
    const [mail] = await waitForMails(email, 1);
    expect(mail!.subject).toBe('Uw account in Lekwacht');
    const token = tokenIn(mail!, 'invitation');
    const [row] = await db.query(`SELECT expires_at - created_at AS ttl FROM password_tokens WHERE user_id = $1`, [
      created.body.id,
    ]);
    expect(row.ttl).toMatchObject({ days: 7 });
    // nothing opens the account before the invitation is used
    for (const guess of ['', '!invited', 'invited']) {
      await t
        .http()
        .post('/api/auth/login')
        .send({ email, password: guess || 'x' })
        .expect(401);
    }
    // the admin can send a fresh invitation instead of a password
    const resent = await admin.post(`/api/users/${created.body.id}/password-reset`).expect(202);
    expect(resent.body).toEqual({ purpose: 'invitation' });
    const [, fresh] = await waitForMails(email, 2);
    await t.http().post('/api/auth/password-reset/confirm').send({ token, password: 'my-own-password-1' }).expect(400);
    await t
      .http()
      .post('/api/auth/password-reset/confirm')
      .send({ token: tokenIn(fresh!, 'invitation'), password: 'my-own-password-1' })
      .expect(204);
    await t.loginAs({ email, password: 'my-own-password-1' });
    // once a password is chosen the admin's link is a reset link
    expect((await admin.post(`/api/users/${created.body.id}/password-reset`).expect(202)).body).toEqual({
      purpose: 'reset',
    });
    await admin.post('/api/users/00000000-0000-4000-8000-000000000000/password-reset').expect(404);
  });

  it('lets a user change their own password: current one required, other sessions end, this one stays', async () => {
    const creds = await newUser();
    const here = await t.loginAs(creds);
    const elsewhere = await t.loginAs(creds);
    const wrong = await here
      .post('/api/auth/password', { currentPassword: 'nope', newPassword: 'a-new-password-12' })
      .expect(400);
    expect(wrong.body.message).toEqual(['currentPassword is not correct']);
    const short = await here
      .post('/api/auth/password', { currentPassword: creds.password, newPassword: 'short' })
      .expect(400);
    expect(short.body.message).toEqual(['newPassword must be at least 12 characters']);
    await here
      .post('/api/auth/password', { currentPassword: creds.password, newPassword: 'a-new-password-12' })
      .expect(204);
    await here.get('/api/auth/me').expect(200);
    await elsewhere.get('/api/auth/me').expect(401);
    await t.loginAs({ email: creds.email, password: 'a-new-password-12' });
    const [event] = await db.query(
      `SELECT action, before, after FROM audit_events WHERE entity_id = $1 AND action = 'user.password_changed'`,
      [here.user.id],
    );
    expect(event).toEqual({ action: 'user.password_changed', before: null, after: null });
  });

  it('rate-limits reset requests with 429', async () => {
    const limited = await startTestApp({ LOGIN_RATE_LIMIT: '2' });
    try {
      const email = `${unique('flood')}@lekwacht.test`;
      for (let i = 0; i < 2; i++) await limited.http().post('/api/auth/password-reset').send({ email }).expect(202);
      await limited.http().post('/api/auth/password-reset').send({ email }).expect(429);
    } finally {
      await limited.close();
    }
  });
});
