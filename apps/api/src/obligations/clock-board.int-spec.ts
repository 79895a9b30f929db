import { HACKED_DATABASE_FACTS } from '../testing/breach-facts';
import { createCustomer, registerBreach } from '../testing/fixtures';
import { startTestApp, type LoggedIn, type TestApp } from '../testing/test-app';

interface OpenObligation {
  id: string;
  breachId: string;
  kind: string;
  customerId: string | null;
  customerName: string | null;
  basis: string;
  dueAt: string | null;
  termsSource: 'agreement' | 'default' | null;
  termsDeadlineHours: number | null;
  termsCountedFrom: string | null;
}

const HOUR = 3_600_000;

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
    const created = await Promise.all(
      ['Gemeente Zeist', 'Acme B.V.', 'Stichting Zorg'].map((n) => createCustomer(admin, n)),
    );
    const names = created.map((c) => c.name);
    const ids = created.map((c) => c.id);
    const breach = await registerBreach(officer, {
      title: 'Laptop met drie klantexports gestolen',
      cause: 'lost_or_stolen_device',
      facts: HACKED_DATABASE_FACTS,
      affectedCustomers: ids.map((customerId) => ({ customerId, subjectsCount: 10, role: 'processor' })),
    });
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

  it('says whether a customer duty follows its processing agreement (as snapshotted) or the default; the AP duty is statutory', async () => {
    const mk = async (name: string) => (await createCustomer(admin, name, { contactPerson: null })).id;
    const [agreed, plain] = await Promise.all([mk('Met overeenkomst'), mk('Zonder overeenkomst')]);
    const agreement = (deadlineHours: number) => ({
      deadlineHours,
      countedFrom: 'discovery',
      recipients: { namedContacts: [], securityMailbox: null, managementFallback: true },
      channels: { email: true, phone: false },
      language: 'nl',
      requiredContent: [],
      agreementReference: 'VWO-2024-017',
      agreementDate: '2024-02-29',
    });
    await admin.put(`/api/customers/${agreed}/notification-terms`, agreement(24)).expect(200);
    const discoveredAt = new Date(Date.now() - HOUR);
    const breach = await registerBreach(officer, {
      title: 'Back-up met klantgegevens onbeveiligd',
      discoveredAt: discoveredAt.toISOString(),
      facts: HACKED_DATABASE_FACTS,
      affectedCustomers: [agreed, plain].map((customerId) => ({ customerId, subjectsCount: 5, role: 'processor' })),
    });
    // a later change to the agreement does not change what this breach follows
    await admin.put(`/api/customers/${agreed}/notification-terms`, agreement(12)).expect(200);

    const open = ((await officer.get('/api/obligations?state=open').expect(200)).body as OpenObligation[]).filter(
      (o) => o.breachId === breach.id,
    );
    const byCustomer = (id: string) => open.find((o) => o.kind === 'customer' && o.customerId === id);
    expect(byCustomer(agreed)).toMatchObject({
      basis: 'policy',
      termsSource: 'agreement',
      termsDeadlineHours: 24,
      termsCountedFrom: 'discovery',
    });
    expect(Date.parse(byCustomer(agreed)?.dueAt ?? '')).toBe(discoveredAt.getTime() + 24 * HOUR);
    expect(byCustomer(plain)).toMatchObject({
      basis: 'policy',
      termsSource: 'default',
      termsDeadlineHours: 48,
      termsCountedFrom: 'discovery',
    });
    const authority = open.find((o) => o.kind === 'authority');
    expect(authority).toMatchObject({
      basis: 'statutory',
      termsSource: null,
      termsDeadlineHours: null,
      termsCountedFrom: null,
    });
    const dataSubjects = open.find((o) => o.kind === 'data_subjects');
    if (dataSubjects) expect(dataSubjects.termsSource).toBeNull();
  });
});
