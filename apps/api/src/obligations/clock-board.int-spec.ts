import { HACKED_DATABASE_FACTS } from '../testing/breach-facts';
import { startTestApp, type LoggedIn, type TestApp, unique } from '../testing/test-app';

interface OpenObligation {
  id: string;
  breachId: string;
  kind: string;
  customerId: string | null;
  customerName: string | null;
}

describe('clock board: open obligations name their customer (HTTP, real database)', () => {
  let t: TestApp;
  let officer: LoggedIn;
  let admin: LoggedIn;

  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent' });
    [officer, admin] = await Promise.all([t.loginAs('officer'), t.loginAs('admin')]);
  });
  afterAll(() => t.close());

  it('each customer obligation carries its customer name; the AP and data subjects carry none', async () => {
    const mk = async (name: string) =>
      (
        await admin
          .post('/api/customers', {
            name,
            contactPerson: { name: 'Kim Contact', email: 'kim@klant.example' },
            management: { name: 'Directie', email: 'directie@klant.example' },
            language: 'nl',
          })
          .expect(201)
      ).body.id as string;
    const names = [unique('Gemeente Zeist'), unique('Acme B.V.'), unique('Stichting Zorg')];
    const ids = await Promise.all(names.map(mk));
    const breach = (
      await officer
        .post('/api/breaches', {
          title: 'Laptop met drie klantexports gestolen',
          cause: 'lost_or_stolen_device',
          discoveredAt: new Date(Date.now() - 3_600_000).toISOString(),
          facts: HACKED_DATABASE_FACTS,
          affectedCustomers: ids.map((customerId) => ({ customerId, subjectsCount: 10, role: 'processor' })),
        })
        .expect(201)
    ).body as { id: string };
    const open = ((await officer.get('/api/obligations?state=open').expect(200)).body as OpenObligation[]).filter(
      (o) => o.breachId === breach.id,
    );
    const customers = open.filter((o) => o.kind === 'customer');
    expect(customers).toHaveLength(3);
    for (const o of customers) expect(o.customerName).toBe(names[ids.indexOf(o.customerId as string)]);
    expect(new Set(customers.map((o) => o.customerName)).size).toBe(3);
    const others = open.filter((o) => o.kind !== 'customer');
    expect(others.length).toBeGreaterThan(0);
    for (const o of others) expect(o.customerName).toBeNull();
  });
});
