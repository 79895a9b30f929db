import { readCookie, XSRF_COOKIE, XSRF_HEADER } from '../../api/xsrf';

/** Single sign-on (issue #17 point 3): what the login page offers, and signing out at the provider. */
export interface SsoConfig {
  enabled: boolean;
  label: string | null;
  localLogin: boolean;
}

export const ssoConfigQueryKey = ['auth', 'sso-config'] as const;

/** Before anyone signs in, and whenever the API cannot say: passwords only, as without SSO. */
export const SSO_OFF: SsoConfig = { enabled: false, label: null, localLogin: true };

// Plain fetch rather than the typed client: the login page reads it before the session exists,
// and these two calls are all single sign-on needs from the web app.
export async function fetchSsoConfig(): Promise<SsoConfig> {
  const res = await fetch('/api/auth/sso/config', { credentials: 'include' });
  if (!res.ok) throw new Error(`single sign-on settings: HTTP ${res.status}`);
  return (await res.json()) as SsoConfig;
}

/** The browser's way into single sign-on: a full page load, so the provider's page can take over. */
export const ssoStartUrl = (next: string) =>
  next === '/' ? '/api/auth/sso' : `/api/auth/sso?next=${encodeURIComponent(next)}`;

/**
 * Signs out here; for a session from single sign-on the answer names the provider's sign-out
 * page (RP-initiated logout), where the browser goes next. null: signed out, nothing more to do.
 */
export async function ssoLogout(): Promise<string | null> {
  const token = readCookie(XSRF_COOKIE);
  const res = await fetch('/api/auth/sso/logout', {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json', ...(token ? { [XSRF_HEADER]: token } : {}) },
    body: '{}',
  });
  if (!res.ok) throw new Error(`sign-out: HTTP ${res.status}`);
  return ((await res.json()) as { redirectTo: string | null }).redirectTo;
}
