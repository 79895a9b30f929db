import type { UserRole } from '@lekwacht/contracts';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createLekwacht, type RunningApp } from '../bootstrap';

export const DEMO_PASSWORD = 'lekwacht-demo';
export const DEMO_EMAIL: Record<UserRole | 'manager2', string> = {
  officer: 'officer@lekwacht.test',
  manager: 'manager@lekwacht.test',
  manager2: 'manager2@lekwacht.test',
  admin: 'admin@lekwacht.test',
};

export interface TestApp extends RunningApp {
  http: () => TestAgent;
  /** A logged-in agent that sends the CSRF header on every request. */
  loginAs(
    who: keyof typeof DEMO_EMAIL | { email: string; password: string },
    options?: { userAgent?: string },
  ): Promise<LoggedIn>;
}

export interface LoggedIn {
  agent: TestAgent;
  csrf: string;
  user: { id: string; email: string; role: UserRole };
  get(url: string): request.Test;
  post(url: string, body?: object): request.Test;
  put(url: string, body?: object): request.Test;
  patch(url: string, body?: object): request.Test;
  delete(url: string): request.Test;
}

/** The whole app over HTTP against the test database (see global-setup.ts). */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const running = await createLekwacht({
    ...process.env,
    DEMO_DATA: 'false',
    LOG_LEVEL: 'silent',
    SCHEDULER_ENABLED: 'false',
    LOGIN_RATE_LIMIT: '10000',
    PORTAL_RATE_LIMIT: '100000',
    ...env,
  });
  await running.app.init();
  await resetDigestClocks(running);
  const server = running.app.getHttpServer();
  const http = () => request.agent(server);
  return {
    ...running,
    http,
    async loginAs(who, options = {}) {
      const creds = typeof who === 'string' ? { email: DEMO_EMAIL[who], password: DEMO_PASSWORD } : who;
      const agent = request.agent(server);
      const login = agent.post('/api/auth/login');
      if (options.userAgent) login.set('user-agent', options.userAgent);
      const res = await login.send(creds).expect(200);
      const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
      const csrf = cookies.map((c) => /^XSRF-TOKEN=([^;]+)/.exec(c)?.[1]).find(Boolean) ?? '';
      const withCsrf = (t: request.Test) => t.set('X-XSRF-TOKEN', csrf);
      return {
        agent,
        csrf,
        user: res.body.user,
        get: (url) => agent.get(url),
        post: (url, body) => withCsrf(agent.post(url)).send(body ?? {}),
        put: (url, body) => withCsrf(agent.put(url)).send(body ?? {}),
        patch: (url, body) => withCsrf(agent.patch(url)).send(body ?? {}),
        delete: (url) => withCsrf(agent.delete(url)),
      };
    },
  };
}

/** A value no other test (or earlier run on the same database) has used. */
export const unique = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * Managers' escalation mail is gathered into digests: a test that fired escalations leaves each
 * manager's next digest in the future, and a later test's escalation mail would then wait for it.
 * Every test app starts with the clocks cleared; a spec that fires several times resets them per test.
 */
export async function resetDigestClocks(app: Pick<RunningApp, 'app'>): Promise<void> {
  await app.app.get(DataSource).query(`UPDATE escalation_mailboxes SET next_digest_at = NULL, last_digest_at = NULL`);
}
