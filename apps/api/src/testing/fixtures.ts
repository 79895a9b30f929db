import { type LoggedIn, type TestApp, unique } from './test-app';

const HOUR = 3_600_000;

/** The demo officer, manager and admin, each logged in with an agent of their own. */
export async function loginTeam(t: TestApp): Promise<{ officer: LoggedIn; manager: LoggedIn; admin: LoggedIn }> {
  const [officer, manager, admin] = await Promise.all([t.loginAs('officer'), t.loginAs('manager'), t.loginAs('admin')]);
  return { officer, manager, admin };
}

export interface RegisteredBreach {
  id: string;
  reference: string;
  title: string;
}

/**
 * Registers a breach through the API and expects 201: a hacking incident with a title no other
 * test used, discovered an hour ago. `body` overrides or adds fields (cause, facts, customers…).
 */
export async function registerBreach(by: LoggedIn, body: Record<string, unknown> = {}): Promise<RegisteredBreach> {
  const res = await by
    .post('/api/breaches', {
      title: unique('Datalek'),
      cause: 'hacking',
      discoveredAt: new Date(Date.now() - HOUR).toISOString(),
      ...body,
    })
    .expect(201);
  return res.body as RegisteredBreach;
}

/**
 * Creates a customer through the API and expects 201: contact person Kim Contact, management
 * "Directie", Dutch. `name` is made unique; `body` overrides or adds fields.
 */
export async function createCustomer(
  admin: LoggedIn,
  name = 'Klant',
  body: Record<string, unknown> = {},
): Promise<{ id: string; name: string }> {
  const res = await admin
    .post('/api/customers', {
      name: unique(name),
      contactPerson: { name: 'Kim Contact', email: 'kim@klant.example' },
      management: { name: 'Directie', email: 'directie@klant.example' },
      language: 'nl',
      ...body,
    })
    .expect(201);
  return res.body as { id: string; name: string };
}
