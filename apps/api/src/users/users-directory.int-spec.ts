import { DataSource } from 'typeorm';
import { startTestApp, type TestApp, unique } from '../testing/test-app';

interface Entry {
  id: string;
  name: string;
  role: string;
}

/**
 * Issue #16 point 7: officers name a breach's contact person from the colleagues, so they may
 * list them, but see only who they are (id, name, role): no e-mail address, no password data and
 * no deactivated colleagues.
 */
describe('user directory (HTTP, real database)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const createUser = async (role: 'officer' | 'manager' | 'admin', name: string) => {
    const admin = await t.loginAs('admin');
    const body = { email: `${unique('dir')}@example.nl`, name, role, password: 'correct-horse-battery' };
    const created = (await admin.post('/api/users', body).expect(201)).body as Entry & { email: string };
    return { ...created, password: body.password };
  };

  it('lets officers, managers and admins list the active colleagues; anonymous callers get 401', async () => {
    for (const role of ['officer', 'manager', 'admin'] as const) {
      const user = await t.loginAs(role);
      const list = (await user.get('/api/users/directory').expect(200)).body as Entry[];
      expect(list.map((e) => e.id)).toContain(user.user.id);
    }
    await t.http().get('/api/users/directory').expect(401);
  });

  it('gives id, name and role only: no e-mail address, password data or state', async () => {
    const colleague = await createUser('manager', unique('Directie Collega'));
    const officer = await t.loginAs('officer');
    const res = await officer.get('/api/users/directory').expect(200);
    const list = res.body as Record<string, unknown>[];
    expect(list.length).toBeGreaterThan(0);
    for (const entry of list) expect(Object.keys(entry).sort()).toEqual(['id', 'name', 'role']);
    expect(list.find((e) => e['id'] === colleague.id)).toEqual({
      id: colleague.id,
      name: colleague.name,
      role: 'manager',
    });
    const raw = JSON.stringify(res.body);
    const admin = await t.loginAs('admin');
    const emails = ((await admin.get('/api/users').expect(200)).body as { email: string }[]).map((u) => u.email);
    expect(emails).toContain(colleague.email);
    expect(emails.filter((email) => raw.includes(email))).toEqual([]);
    expect(raw).not.toMatch(/password|hash|\$argon|\$2[aby]\$/i);
  });

  it('leaves out a deactivated colleague, and lists them again once reactivated', async () => {
    const colleague = await createUser('officer', unique('Oud Collega'));
    const admin = await t.loginAs('admin');
    const officer = await t.loginAs('officer');
    const ids = async () => ((await officer.get('/api/users/directory').expect(200)).body as Entry[]).map((e) => e.id);
    expect(await ids()).toContain(colleague.id);

    await admin.patch(`/api/users/${colleague.id}`, { active: false }).expect(200);
    expect(await ids()).not.toContain(colleague.id);
    // the admin's full list still has them, marked inactive
    const all = (await admin.get('/api/users').expect(200)).body as { id: string; active: boolean }[];
    expect(all.find((u) => u.id === colleague.id)).toMatchObject({ active: false });

    await admin.patch(`/api/users/${colleague.id}`, { active: true }).expect(200);
    expect(await ids()).toContain(colleague.id);
  });

  it('is a read: listing the directory writes no audit event', async () => {
    const manager = await t.loginAs('manager');
    const events = async () =>
      Number(((await t.app.get(DataSource).query(`SELECT count(*) AS n FROM audit_events`)) as { n: string }[])[0]!.n);
    const before = await events();
    await manager.get('/api/users/directory').expect(200);
    expect(await events()).toBe(before);
  });
});
