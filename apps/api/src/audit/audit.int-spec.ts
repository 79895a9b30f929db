import { DataSource } from 'typeorm';
import { startTestApp, type TestApp, unique } from '../testing/test-app';

describe('audit trail (HTTP, real database)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('records every change with who, what, before and after, and verifies the chain', async () => {
    const admin = await t.loginAs('admin');
    const email = `${unique('audited')}@example.nl`;
    const created = (
      await admin
        .post('/api/users', { email, name: 'A', role: 'officer', password: 'correct-horse-battery' })
        .expect(201)
    ).body;
    await admin.patch(`/api/users/${created.id}`, { name: 'B' }).expect(200);
    const ds = t.app.get(DataSource);
    const rows = await ds.query(
      `SELECT action, actor_label, before, after FROM audit_events WHERE entity_id = $1 ORDER BY seq`,
      [created.id],
    );
    expect(rows).toEqual([
      expect.objectContaining({ action: 'user.created', actor_label: 'admin@lekwacht.test', before: null }),
      expect.objectContaining({
        action: 'user.updated',
        before: expect.objectContaining({ name: 'A' }),
        after: expect.objectContaining({ name: 'B' }),
      }),
    ]);
    const verify = await admin.get('/api/audit/verify').expect(200);
    expect(verify.body).toEqual({ ok: true, events: expect.any(Number) });
    expect(verify.body.events).toBeGreaterThan(2);
  });

  it('refuses UPDATE and DELETE of audit rows for the app', async () => {
    const ds = t.app.get(DataSource);
    await expect(ds.query(`UPDATE audit_events SET actor_label = 'x' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`DELETE FROM audit_events WHERE seq = 1`)).rejects.toThrow(/append-only/);
  });

  it('is visible to managers and admins only', async () => {
    await (await t.loginAs('manager')).get('/api/audit/verify').expect(200);
    await (await t.loginAs('officer')).get('/api/audit/verify').expect(403);
  });
});
