import { startTestApp, type TestApp, unique } from '../testing/test-app';

describe('user management (HTTP, real database)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const newUser = () => ({
    email: `${unique('user')}@example.nl`,
    name: 'Nieuwe Collega',
    role: 'officer',
    password: 'correct-horse-battery',
  });

  it('lets an admin create a user who can then log in', async () => {
    const admin = await t.loginAs('admin');
    const body = newUser();
    const res = await admin.post('/api/users', body).expect(201);
    expect(res.body).toMatchObject({ email: body.email, role: 'officer', active: true });
    expect(res.body.password).toBeUndefined();
    expect(res.body.passwordHash).toBeUndefined();
    await t.loginAs({ email: body.email, password: body.password });
  });

  it('refuses user management to officers and managers with 403', async () => {
    for (const role of ['officer', 'manager'] as const) {
      const user = await t.loginAs(role);
      await user.get('/api/users').expect(403);
      await user.post('/api/users', newUser()).expect(403);
    }
    await t.http().get('/api/users').expect(401);
  });

  it('answers 400 naming each bad field and creates nothing', async () => {
    const admin = await t.loginAs('admin');
    const before = (await admin.get('/api/users').expect(200)).body.length;
    const res = await admin
      .post('/api/users', { email: 'x', name: '', role: 'king', password: 'short', extra: 1 })
      .expect(400);
    const text = (res.body.message as string[]).join('\n');
    expect(text).toMatch(/email must be an email/);
    expect(text).toMatch(/name must be longer/);
    expect(text).toMatch(/role must be one of/);
    expect(text).toMatch(/password must be at least 12 characters/);
    expect(text).toMatch(/property extra should not exist/);
    expect((await admin.get('/api/users').expect(200)).body.length).toBe(before);
  });

  it('rejects a duplicate e-mail with 409', async () => {
    const admin = await t.loginAs('admin');
    const body = newUser();
    await admin.post('/api/users', body).expect(201);
    await admin.post('/api/users', { ...body, email: body.email.toUpperCase() }).expect(409);
  });

  it('changes a role, deactivates (ending sessions) and never deletes', async () => {
    const admin = await t.loginAs('admin');
    const body = newUser();
    const created = (await admin.post('/api/users', body).expect(201)).body;
    const session = await t.loginAs({ email: body.email, password: body.password });
    const promoted = await admin.patch(`/api/users/${created.id}`, { role: 'manager' }).expect(200);
    expect(promoted.body.role).toBe('manager');
    await session.get('/api/auth/me').expect(401);
    await admin.patch(`/api/users/${created.id}`, { active: false }).expect(200);
    await t.http().post('/api/auth/login').send({ email: body.email, password: body.password }).expect(401);
    const list = (await admin.get('/api/users').expect(200)).body as { id: string; active: boolean }[];
    expect(list.find((u) => u.id === created.id)).toMatchObject({ active: false });
  });

  it('gives 404 for an unknown user id and 400 for a malformed one', async () => {
    const admin = await t.loginAs('admin');
    await admin.patch('/api/users/00000000-0000-4000-8000-000000000000', { name: 'X' }).expect(404);
    await admin.patch('/api/users/not-a-uuid', { name: 'X' }).expect(400);
  });

  it('does not let an admin deactivate themselves', async () => {
    const admin = await t.loginAs('admin');
    await admin.patch(`/api/users/${admin.user.id}`, { active: false }).expect(409);
  });

  it('lets any user set their own language', async () => {
    const officer = await t.loginAs('officer');
    // the demo officer is shared with later files: back to the language it had, whatever happens here
    const before = (await officer.get('/api/auth/me').expect(200)).body.language as string;
    const other = before === 'en' ? 'nl' : 'en';
    try {
      const res = await officer.patch('/api/users/me', { language: other }).expect(200);
      expect(res.body.language).toBe(other);
      expect((await officer.get('/api/auth/me').expect(200)).body.language).toBe(other);
    } finally {
      await officer.patch('/api/users/me', { language: before }).expect(200);
    }
  });
});
