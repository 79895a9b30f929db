import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** The test OpenID provider's accounts (the same script the API's int-specs start). */
export interface E2eAccount {
  sub: string;
  password: string;
  name: string;
  groups: string[];
}

export const SSO_PASSWORD = 'provider-password-1';
export const SSO_ACCOUNTS: Record<string, E2eAccount> = {
  'mira.manager@idp.test': {
    sub: 'e2e-mira',
    password: SSO_PASSWORD,
    name: 'Mira Manager (SSO)',
    groups: ['lekwacht-managers'],
  },
  'olaf.officer@idp.test': {
    sub: 'e2e-olaf',
    password: SSO_PASSWORD,
    name: 'Olaf Officer (SSO)',
    groups: ['lekwacht-officers'],
  },
  'ada.admin@idp.test': {
    sub: 'e2e-ada',
    password: SSO_PASSWORD,
    name: 'Ada Admin (SSO)',
    groups: ['lekwacht-admins'],
  },
};

/** Rewrites the accounts file the provider reads at every sign-in (E2E_OIDC_ACCOUNTS). */
export function setAccountGroups(email: string, groups: string[]): void {
  const file = process.env['E2E_OIDC_ACCOUNTS'];
  if (!file) throw new Error('E2E_OIDC_ACCOUNTS is not set (global-setup starts the provider)');
  const accounts = { ...SSO_ACCOUNTS, [email]: { ...SSO_ACCOUNTS[email]!, groups } };
  writeFileSync(file, JSON.stringify(accounts));
}

/**
 * Starts apps/api/src/testing/oidc-provider.mjs (oidc-provider, ES modules only, in its own
 * process) on a free loopback port; the OIDC_* settings for an app at `appUrl`.
 */
export async function startOidcProvider(
  root: string,
  appUrl: string,
  accountsFile: string,
): Promise<{ pid: number; env: Record<string, string> }> {
  writeFileSync(accountsFile, JSON.stringify(SSO_ACCOUNTS));
  const clientId = 'lekwacht-e2e';
  const clientSecret = 'lekwacht-e2e-client-secret';
  const child = spawn(process.execPath, [join(root, 'apps/api/src/testing/oidc-provider.mjs')], {
    env: {
      PATH: process.env['PATH'],
      OIDC_TEST_ACCOUNTS: accountsFile,
      OIDC_TEST_CLIENT_ID: clientId,
      OIDC_TEST_CLIENT_SECRET: clientSecret,
      OIDC_TEST_REDIRECT_URIS: `${appUrl}/api/auth/sso/callback`,
      OIDC_TEST_POST_LOGOUT_REDIRECT_URIS: `${appUrl}/login`,
    },
    stdio: ['ignore', 'pipe', 'ignore'],
    detached: true,
  });
  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('test OpenID provider did not start within 15 s')), 15_000);
    child.once('exit', (code) => reject(new Error(`test OpenID provider exited (${code})`)));
    createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      resolve((JSON.parse(line) as { issuer: string }).issuer);
    });
  });
  return {
    pid: child.pid!,
    env: {
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: clientId,
      OIDC_CLIENT_SECRET: clientSecret,
      OIDC_SCOPES: 'openid email profile groups',
      OIDC_ROLE_MAP: 'lekwacht-admins=admin,lekwacht-managers=manager,lekwacht-officers=officer',
      OIDC_JIT_USERS: 'true',
      OIDC_BUTTON_LABEL: 'Test-IdP',
      LOCAL_LOGIN: 'true',
    },
  };
}
