import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { startTestApp, type LoggedIn, type TestApp } from '../testing/test-app';
import { concretePath, key, type Operation, operationsOf } from './openapi-operations';

/** Requests per run: a few hundred in CI, FUZZ_RUNS=10000 for the slow run. */
const TOTAL = Number(process.env['FUZZ_RUNS'] ?? 400);

const junk = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.string({ minLength: 5000, maxLength: 20000 }),
    fc.integer(),
    fc.double(),
    fc.constantFrom(
      Number.MAX_SAFE_INTEGER,
      -1,
      1e308,
      0,
      null,
      true,
      false,
      '',
      '   ',
      '<script>alert(1)</script>',
      '2026-13-45T99:99:99Z',
      '💥🔥',
      '\u0000',
    ),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'role', 'facts')),
      tie('value'),
      { maxKeys: 5 },
    ),
  ),
})).value;

/** A body nested `depth` levels deep, sent as raw JSON text (the probe's stack overflow). */
const nestedBody = fc.integer({ min: 20, max: 20_000 }).map((depth) => {
  let text = '1';
  for (let i = 0; i < depth; i++) text = i % 2 ? `[${text}]` : `{"title":${text}}`;
  return text;
});

/** A flat body with thousands of keys. */
const wideBody = fc
  .integer({ min: 500, max: 5000 })
  .map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i])));

const bodyArb = fc.oneof(
  junk,
  nestedBody,
  wideBody,
  fc.dictionary(
    fc.constantFrom(
      'title',
      'cause',
      'discoveredAt',
      'email',
      'name',
      'role',
      'password',
      'policy',
      'override',
      'facts',
      'affectedCustomers',
      'rationale',
      'reason',
      'language',
      'management',
      'contactPerson',
      '__proto__',
    ),
    junk,
    { maxKeys: 6 },
  ),
);

describe('input fuzzing of every state-changing endpoint (driven by the OpenAPI document)', () => {
  let t: TestApp;
  const sessions: Record<string, LoggedIn> = {};

  beforeAll(async () => {
    t = await startTestApp();
    for (const role of ['officer', 'manager', 'admin'] as const) sessions[role] = await t.loginAs(role);
  });
  afterAll(() => t.close());

  it('answers 4xx with a message, never 5xx, and changes nothing on a rejected request', async () => {
    // signing out (here or by single sign-on) would end the sessions the other requests use
    const ops = operationsOf(t.openApi).filter(
      (o) => o.method !== 'get' && !o.path.startsWith('/api/auth/logout') && o.path !== '/api/auth/sso/logout',
    );
    expect(ops.length).toBeGreaterThan(10);
    const ds = t.app.get(DataSource);
    const auditCount = async () => Number((await ds.query(`SELECT count(*)::int AS n FROM audit_events`))[0].n);
    // Pick, per operation, a role that passes authorization so the body reaches validation.
    const roleFor = new Map<string, LoggedIn>();
    for (const op of ops) {
      for (const role of ['officer', 'admin', 'manager']) {
        const res = await send(sessions[role]!, op, 'not-json-object');
        if (res.status !== 403) {
          roleFor.set(key(op), sessions[role]!);
          break;
        }
      }
    }
    let requests = 0;
    const failures: string[] = [];
    const perOp = Math.max(1, Math.floor(TOTAL / ops.length));
    for (const op of ops) {
      const session = roleFor.get(key(op)) ?? sessions['officer']!;
      await fc.assert(
        fc.asyncProperty(bodyArb, async (body) => {
          const before = await auditCount();
          const res = await send(session, op, body);
          requests++;
          if (res.status >= 500) failures.push(`${key(op)} → ${res.status} for ${JSON.stringify(body).slice(0, 200)}`);
          if (res.status >= 400 && res.status < 500) {
            const message = (res.body as { message?: unknown }).message;
            if (!message) failures.push(`${key(op)} → ${res.status} without a message`);
            if ((await auditCount()) !== before) failures.push(`${key(op)} → ${res.status} but something changed`);
          }
          return true;
        }),
        { numRuns: perOp },
      );
    }
    console.log(`fuzzed ${requests} requests over ${ops.length} state-changing operations`);
    expect(failures).toEqual([]);
  });

  it('answers file uploads (multipart) with random bytes, names and field names 2xx or 4xx, never 5xx; a refusal stores nothing', async () => {
    // Every route that takes multipart/form-data, from the OpenAPI document (today: evidence files).
    const uploads = Object.entries(t.openApi.paths).flatMap(([path, item]) =>
      (['post', 'put'] as const)
        .filter((m) => (item as Record<string, { requestBody?: { content?: object } }>)[m]?.requestBody?.content)
        .filter((m) =>
          Object.keys((item as Record<string, { requestBody: { content: object } }>)[m]!.requestBody.content).includes(
            'multipart/form-data',
          ),
        )
        .map((method) => ({ method, path })),
    );
    expect(uploads.length).toBeGreaterThan(0);
    const ds = t.app.get(DataSource);
    const officer = sessions['officer']!;
    const breach = (
      await officer
        .post('/api/breaches', { title: 'Fuzz uploads', cause: 'other', discoveredAt: new Date().toISOString() })
        .expect(201)
    ).body as { id: string };
    const auditCount = async () => Number((await ds.query(`SELECT count(*)::int AS n FROM audit_events`))[0].n);
    const failures: string[] = [];
    const upload = fc.record({
      field: fc.oneof(fc.constant('file'), fc.string({ maxLength: 20 })),
      name: fc.oneof(
        fc.string({ maxLength: 300 }),
        fc.constantFrom('../../etc/passwd', 'C:\\x\\a.pdf', 'a\u202Efdp.exe', '', '.', 'aangifte.pdf'),
      ),
      bytes: fc.oneof(
        fc.uint8Array({ maxLength: 4096 }),
        fc.uint8Array({ maxLength: 512 }).map((b) => Uint8Array.from([...Buffer.from('%PDF-1.7\n'), ...b])),
        fc.uint8Array({ maxLength: 512 }).map((b) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...b])),
        fc.string({ maxLength: 500 }).map((s) => Uint8Array.from(Buffer.from(s))),
      ),
    });
    for (const op of uploads) {
      const url = concretePath(op.path, { id: breach.id });
      await fc.assert(
        fc.asyncProperty(upload, async ({ field, name, bytes }) => {
          const before = await auditCount();
          const res = await officer.agent[op.method](url)
            .set('X-XSRF-TOKEN', officer.csrf)
            .attach(field || 'x', Buffer.from(bytes), {
              filename: name || 'x',
              contentType: 'application/octet-stream',
            });
          if (res.status >= 500) failures.push(`${key(op)} → ${res.status} for ${JSON.stringify({ field, name })}`);
          if (res.status >= 400) {
            if (!(res.body as { message?: unknown }).message)
              failures.push(`${key(op)} → ${res.status} without a message`);
            if ((await auditCount()) !== before) failures.push(`${key(op)} → ${res.status} but something changed`);
          }
          return true;
        }),
        { numRuns: Math.max(20, Math.floor(TOTAL / 8)) },
      );
    }
    expect(failures).toEqual([]);
  }, 120_000);

  function send(session: LoggedIn, op: Operation, body: unknown) {
    const url = concretePath(op.path);
    const req = session[op.method](url);
    // strings go as raw text (mostly invalid JSON); other scalars as their JSON text, which
    // supertest cannot send as a value
    if (typeof body === 'string') return req.set('content-type', 'application/json').send(body);
    if (body === null || typeof body !== 'object') {
      return req.set('content-type', 'application/json').send(JSON.stringify(body));
    }
    return req.send(body as object);
  }
});
