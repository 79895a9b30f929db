import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface TestAccount {
  sub: string;
  password: string;
  name: string;
  groups: string[];
  email_verified?: boolean;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Replaces the accounts (keyed by e-mail); the provider reads them at every sign-in. */
  setAccounts(accounts: Record<string, TestAccount>): void;
  /** Changes one account's groups, as an administrator at the provider would. */
  setGroups(email: string, groups: string[]): void;
  stop(): Promise<void>;
}

/**
 * Starts oidc-provider (apps/api/src/testing/oidc-provider.mjs) on a free loopback port for a
 * client whose callback is at `appUrl`.
 */
export async function startTestOidcProvider(
  appUrl: string,
  accounts: Record<string, TestAccount>,
): Promise<TestOidcProvider> {
  const dir = mkdtempSync(join(tmpdir(), 'lekwacht-oidc-'));
  const file = join(dir, 'accounts.json');
  let current = accounts;
  const write = () => writeFileSync(file, JSON.stringify(current));
  write();
  const clientId = 'lekwacht-test';
  const clientSecret = 'lekwacht-test-client-secret';
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'oidc-provider.mjs')], {
    env: {
      PATH: process.env['PATH'],
      OIDC_TEST_ACCOUNTS: file,
      OIDC_TEST_CLIENT_ID: clientId,
      OIDC_TEST_CLIENT_SECRET: clientSecret,
      OIDC_TEST_REDIRECT_URIS: `${appUrl}/api/auth/sso/callback`,
      OIDC_TEST_POST_LOGOUT_REDIRECT_URIS: `${appUrl}/login`,
    },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('test OpenID provider did not start within 15 s')), 15_000);
    child.once('exit', (code) => reject(new Error(`test OpenID provider exited (${code})`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve((JSON.parse(line) as { issuer: string }).issuer);
    });
  });
  return {
    issuer,
    clientId,
    clientSecret,
    setAccounts(next) {
      current = next;
      write();
    },
    setGroups(email, groups) {
      current = { ...current, [email]: { ...current[email]!, groups } };
      write();
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A browser's cookies at the provider (enough for oidc-provider's own cookies). */
export class CookieJar {
  private readonly cookies = new Map<string, string>();
  store(res: Response): void {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/**
 * Does at the provider what a person in a browser would: follows the redirects, fills in the
 * login form when it is shown, and returns the URL the provider sends the browser back to
 * (starting with `appUrl`) — or throws with the page it got stuck on.
 */
export async function signInAtProvider(
  authorizeUrl: string,
  appUrl: string,
  credentials: { email: string; password: string },
  jar = new CookieJar(),
): Promise<string> {
  let url = authorizeUrl;
  let body: URLSearchParams | undefined;
  for (let step = 0; step < 10; step++) {
    const res = await fetch(url, {
      method: body ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: jar.header(), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: body?.toString(),
    });
    jar.store(res);
    body = undefined;
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      url = new URL(location, url).href;
      if (url.startsWith(appUrl)) return url;
      continue;
    }
    const html = await res.text();
    const action = /<form method="post" action="([^"]+\/login)"/.exec(html)?.[1];
    if (res.status !== 200 || !action || html.includes('Wrong e-mail or password')) {
      throw new Error(`stuck at the provider (${res.status}): ${html.slice(0, 300)}`);
    }
    url = new URL(action, url).href;
    body = new URLSearchParams({ login: credentials.email, password: credentials.password });
  }
  throw new Error('too many redirects at the provider');
}
