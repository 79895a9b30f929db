import { startTestApp, type LoggedIn, type TestApp } from '../testing/test-app';

interface FieldErrorBody {
  statusCode: number;
  message: string[];
  errors: { path: string; rule: string; message: string; params?: Record<string, unknown> }[];
}

/** The structured error body of issue #20.1, through HTTP against the real database. */
describe('error bodies name path and rule (HTTP, real database)', () => {
  let t: TestApp;
  let officer: LoggedIn;
  let breachId: string;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.loginAs('officer');
    const created = await officer
      .post('/api/breaches', {
        title: 'Error body check',
        cause: 'hacking',
        occurredAt: '2026-01-10T08:00:00+01:00',
        discoveredAt: '2026-01-10T09:00:00+01:00',
      })
      .expect(201);
    breachId = created.body.id;
  });
  afterAll(() => t?.app.close());

  it('a DTO failure keeps its message and adds errors[].path/rule with the limit', async () => {
    const res = await officer.patch(`/api/breaches/${breachId}`, { title: 'x'.repeat(301), colour: 'red' }).expect(400);
    const body = res.body as FieldErrorBody;
    expect(body.message).toContain('title must be shorter than or equal to 300 characters');
    expect(body.errors).toEqual(
      expect.arrayContaining([
        {
          path: 'title',
          rule: 'maxLength',
          message: 'title must be shorter than or equal to 300 characters',
          params: { limit: 300 },
        },
        { path: 'colour', rule: 'unknownProperty', message: 'property colour should not exist' },
      ]),
    );
    expect(body.errors).toHaveLength(body.message.length);
  });

  it('a nested DTO failure names the list index in the path', async () => {
    const res = await officer
      .patch(`/api/breaches/${breachId}`, {
        affectedCustomers: [{ customerId: 'not-a-uuid', subjectsCount: 3, role: 'processor' }],
      })
      .expect(400);
    expect((res.body as FieldErrorBody).errors).toEqual([
      expect.objectContaining({ path: 'affectedCustomers.0.customerId', rule: 'isUuid' }),
    ]);
  });

  it('a domain rule failure names the field and the rule (containedAt before occurredAt, discovery moved)', async () => {
    const before = await officer
      .patch(`/api/breaches/${breachId}`, { containedAt: '2026-01-09T08:00:00+01:00' })
      .expect(400);
    expect((before.body as FieldErrorBody).errors).toEqual([
      {
        path: 'containedAt',
        rule: 'notBefore',
        message: 'containedAt must not be before occurredAt',
        params: { other: 'occurredAt' },
      },
    ]);
    const moved = await officer
      .patch(`/api/breaches/${breachId}`, { discoveredAt: '2026-01-10T10:00:00+01:00' })
      .expect(400);
    expect((moved.body as FieldErrorBody).errors).toEqual([
      expect.objectContaining({ path: 'discoveredAtCorrectionReason', rule: 'required' }),
    ]);
  });

  it('a 404 and a 409 carry a rule and no internals', async () => {
    const missing = await officer.get('/api/breaches/00000000-0000-4000-8000-000000000000').expect(404);
    expect((missing.body as FieldErrorBody).errors).toEqual([
      expect.objectContaining({ path: '', rule: 'notFound', params: { entity: 'breach' } }),
    ]);
    const malformed = await officer.agent
      .patch(`/api/breaches/${breachId}`)
      .set('X-XSRF-TOKEN', officer.csrf)
      .set('Content-Type', 'application/json')
      .send('{"title": ')
      .expect(400);
    expect((malformed.body as FieldErrorBody).errors).toEqual([
      { path: '', rule: 'invalidJson', message: 'request body is not valid JSON' },
    ]);
    expect(JSON.stringify(malformed.body)).not.toMatch(/Unexpected|position|stack/i);
  });
});
