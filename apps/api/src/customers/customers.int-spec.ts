import { startTestApp, type TestApp, unique } from '../testing/test-app';

describe('customers (HTTP, real database)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const body = () => ({
    name: unique('Klant'),
    contactPerson: { name: 'Kim', email: 'Kim@Klant.example' },
    management: { name: 'Directie', email: 'directie@klant.example' },
    language: 'en',
  });

  it('lets an admin create and edit a customer; officers and managers read', async () => {
    const admin = await t.loginAs('admin');
    const created = (await admin.post('/api/customers', body()).expect(201)).body;
    expect(created.contactPerson).toEqual({ name: 'Kim', email: 'kim@klant.example' });
    const edited = (await admin.patch(`/api/customers/${created.id}`, { contactPerson: null }).expect(200)).body;
    expect(edited.contactPerson).toBeNull();
    for (const role of ['officer', 'manager'] as const) {
      const user = await t.loginAs(role);
      expect((await user.get(`/api/customers/${created.id}`).expect(200)).body.name).toBe(created.name);
      await user.post('/api/customers', body()).expect(403);
    }
  });

  it('requires management and names bad fields', async () => {
    const admin = await t.loginAs('admin');
    const res = await admin
      .post('/api/customers', { name: 'X', contactPerson: { name: '', email: 'nope' }, language: 'de' })
      .expect(400);
    const text = (res.body.message as string[]).join('\n');
    expect(text).toMatch(/contactPerson\.name must be longer/);
    expect(text).toMatch(/contactPerson\.email must be an email/);
    expect(text).toMatch(/management should not be null or undefined|management must be an object/);
    expect(text).toMatch(/language must be one of/);
  });
});
