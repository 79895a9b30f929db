import { startTestApp, type LoggedIn, type TestApp } from '../testing/test-app';
import { MATRIX, ROLES, type Who } from './access-matrix';
import { concretePath, key, operationsOf } from './openapi-operations';

// The table of who may call what lives in access-matrix.ts: add a row there for a new route.

const SESSION_ENDING = new Set([
  'POST /api/auth/logout',
  'POST /api/auth/logout-everywhere',
  'POST /api/auth/sso/logout',
]);

describe('authorization matrix: every endpoint × anonymous, officer, manager, admin', () => {
  let t: TestApp;
  const sessions: Partial<Record<Who, LoggedIn>> = {};

  beforeAll(async () => {
    t = await startTestApp();
    for (const role of ['officer', 'manager', 'admin'] as const) sessions[role] = await t.loginAs(role);
  });
  afterAll(() => t.close());

  it('has an access rule for every route the API serves', () => {
    const missing = operationsOf(t.openApi)
      .map(key)
      .filter((k) => !(k in MATRIX));
    expect(missing).toEqual([]);
  });

  it('gives each role exactly the access the matrix states', async () => {
    const mismatches: string[] = [];
    let cells = 0;
    for (const op of operationsOf(t.openApi)) {
      const rule = MATRIX[key(op)];
      // signing out would end the shared sessions the other cells use (auth.int-spec and sessions.int-spec cover them)
      if (!rule || SESSION_ENDING.has(key(op))) continue;
      for (const who of ROLES) {
        const url = concretePath(op.path);
        const res =
          who === 'anonymous'
            ? await t.http()[op.method](url).send({})
            : await sessions[who]![op.method](url, op.method === 'get' || op.method === 'delete' ? undefined : {});
        cells++;
        const allowed = rule === 'public' || (who !== 'anonymous' && (rule === 'any' || rule.includes(who)));
        const expected = allowed ? 'not 401/403' : who === 'anonymous' ? '401' : '403';
        const ok = allowed
          ? res.status !== 401 && res.status !== 403
          : res.status === (who === 'anonymous' ? 401 : 403);
        if (!ok) mismatches.push(`${key(op)} as ${who}: expected ${expected}, got ${res.status}`);
        if (res.status >= 500) mismatches.push(`${key(op)} as ${who}: ${res.status}`);
      }
    }
    console.log(`authorization matrix: ${cells} cells checked`);
    expect(mismatches).toEqual([]);
  });

  it('does not accept a session without the CSRF header on any state-changing route', async () => {
    const refused: string[] = [];
    for (const op of operationsOf(t.openApi)) {
      const rule = MATRIX[key(op)];
      if (op.method === 'get' || rule === 'public') continue;
      const res = await sessions.admin!.agent[op.method](concretePath(op.path)).send({});
      if (res.status !== 403) refused.push(`${key(op)} without X-XSRF-TOKEN: ${res.status}`);
    }
    expect(refused).toEqual([]);
  });
});
