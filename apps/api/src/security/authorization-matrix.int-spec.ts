import { startTestApp, type LoggedIn, type TestApp } from '../testing/test-app';
import { concretePath, key, operationsOf } from './openapi-operations';

type Who = 'anonymous' | 'officer' | 'manager' | 'admin';
const ROLES: Who[] = ['anonymous', 'officer', 'manager', 'admin'];

/**
 * Who may call what. 'public' routes need no session (a portal/calendar/link token protects
 * them instead). A route in the API without a row here fails the test: every new endpoint must
 * state its access rule.
 */
const MATRIX: Record<string, 'public' | 'any' | Exclude<Who, 'anonymous'>[]> = {
  'GET /api/health': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'any',
  'GET /api/auth/me': 'any',
  'GET /api/users': ['admin'],
  'POST /api/users': ['admin'],
  'PATCH /api/users/me': 'any',
  'PATCH /api/users/{id}': ['admin'],
  'GET /api/audit/verify': ['manager', 'admin'],
  'GET /api/customers': ['officer', 'manager', 'admin'],
  'POST /api/customers': ['admin'],
  'GET /api/customers/{id}': ['officer', 'manager', 'admin'],
  'PATCH /api/customers/{id}': ['admin'],
  'POST /api/breaches': ['officer'],
  'GET /api/breaches': ['officer', 'manager'],
  'GET /api/breaches/{id}': ['officer', 'manager'],
  'PATCH /api/breaches/{id}': ['officer'],
  'POST /api/breaches/{id}/close': ['officer'],
  'GET /api/breaches/{id}/timeline': ['officer', 'manager'],
  'GET /api/register.csv': ['officer', 'manager'],
  'GET /api/obligations': ['officer', 'manager'],
  'POST /api/obligations/{id}/not-required': ['officer'],
  'POST /api/obligations/{id}/not-required/approve': ['manager'],
  'POST /api/obligations/{id}/not-required/reject': ['manager'],
  'POST /api/assessments/evaluate': ['officer', 'manager'],
  'POST /api/breaches/{id}/assessments': ['officer'],
  'GET /api/breaches/{id}/assessments': ['officer', 'manager'],
  'GET /api/escalations': ['officer', 'manager'],
  'POST /api/escalations/{id}/acknowledge': ['officer', 'manager'],
  'GET /api/escalations/{id}/acknowledge': 'public',
  'GET /api/escalation-policy': ['officer', 'manager', 'admin'],
  'PUT /api/escalation-policy': ['admin'],
  'GET /api/mail': ['officer', 'admin'],
  'GET /api/mail/failed-count': ['officer', 'manager', 'admin'],
  'GET /api/mail/{id}': ['officer', 'admin'],
  'POST /api/mail/{id}/retry': ['admin'],
  'GET /api/breaches/{id}/authority-notification': ['officer', 'manager'],
  'PUT /api/breaches/{id}/authority-notification': ['officer'],
  'POST /api/breaches/{id}/authority-notification/submit': ['officer'],
  'POST /api/breaches/{id}/authority-notification/approve': ['manager'],
  'POST /api/breaches/{id}/authority-notification/reject': ['manager'],
  'POST /api/breaches/{id}/authority-notification/record-submission': ['officer', 'manager'],
  'POST /api/breaches/{id}/authority-notification/follow-ups': ['officer'],
  'POST /api/breaches/{id}/authority-notification/withdraw': ['officer', 'manager'],
  'GET /api/breaches/{id}/authority-notification/export': ['officer', 'manager'],
  'POST /api/breaches/{id}/notices': ['officer'],
  'GET /api/breaches/{id}/notices': ['officer', 'manager'],
  'POST /api/breaches/{id}/notices/send': ['officer'],
  'GET /api/notices/{id}': ['officer', 'manager'],
  'PATCH /api/notices/{id}': ['officer'],
  'POST /api/notices/{id}/resend': ['officer'],
  'POST /api/notices/{id}/revoke-token': ['officer'],
  'GET /api/notice-templates': ['officer', 'admin'],
  'PUT /api/notice-templates/{language}': ['admin'],
  'POST /api/notice-templates/{language}/preview': ['admin'],
  'GET /api/portal/notices/{token}': 'public',
  'POST /api/portal/notices/{token}/acknowledge': 'public',
  'GET /api/portal/notices/{token}/pdf': 'public',
  'GET /api/reports/summary': ['officer', 'manager'],
  'GET /api/reports/summary.csv': ['officer', 'manager'],
  'GET /api/auth/calendar-url': 'any',
  'POST /api/auth/calendar-url/rotate': 'any',
  'GET /api/calendar/{token}.ics': 'public',
};

describe('authorization matrix: every endpoint × anonymous, officer, manager, admin', () => {
  let t: TestApp;
  const sessions: Partial<Record<Who, LoggedIn>> = {};

  beforeAll(async () => {
    t = await startTestApp();
    for (const role of ['officer', 'manager', 'admin'] as const) sessions[role] = await t.loginAs(role);
  });
  afterAll(() => t.close());

  it('has an access rule for every route the API serves', () => {
    const missing = operationsOf(t.openApi).map(key).filter((k) => !(k in MATRIX));
    expect(missing).toEqual([]);
  });

  it('gives each role exactly the access the matrix states', async () => {
    const mismatches: string[] = [];
    let cells = 0;
    for (const op of operationsOf(t.openApi)) {
      const rule = MATRIX[key(op)];
      if (!rule || key(op) === 'POST /api/auth/logout') continue;
      for (const who of ROLES) {
        const url = concretePath(op.path);
        const res =
          who === 'anonymous'
            ? await t.http()[op.method](url).send({})
            : await sessions[who]![op.method](url, op.method === 'get' || op.method === 'delete' ? undefined : {});
        cells++;
        const allowed = rule === 'public' || (who !== 'anonymous' && (rule === 'any' || rule.includes(who)));
        const expected = allowed ? 'not 401/403' : who === 'anonymous' ? '401' : '403';
        const ok = allowed ? res.status !== 401 && res.status !== 403 : res.status === (who === 'anonymous' ? 401 : 403);
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
