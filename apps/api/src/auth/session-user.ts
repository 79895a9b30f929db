import type { UserRole } from '@lekwacht/contracts';
import type { Request, Response } from 'express';
import type { Actor } from '../audit/actor';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  language: 'nl' | 'en';
  csrfToken: string;
  /** The session's public id (for "my sessions"). */
  sessionId: string;
  /** The role requires a second factor not set up yet: only enrolment routes are open (AuthGuard). */
  mfaEnrolmentOnly?: boolean;
}

export interface AuthenticatedRequest extends Request {
  user?: SessionUser;
}

export const actorOf = (user: SessionUser): Actor => ({ id: user.id, label: user.email });

export const SESSION_COOKIE = 'lekwacht_session';
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';
/** The second step of a login (httpOnly, 5 minutes, sent only to the login routes). */
export const MFA_CHALLENGE_COOKIE = 'lekwacht_mfa';
export const MFA_CHALLENGE_COOKIE_PATH = '/api/auth/login';

/**
 * Signed in in this browser: the session cookie (HttpOnly) and the CSRF cookie (read by the web
 * app), both living as long as the session can (its absolute lifetime); the server decides before.
 */
export function setSessionCookies(
  res: Response,
  session: { token: string; csrfToken: string },
  options: { secure: boolean; maxAgeMs: number },
): void {
  const common = { sameSite: 'lax' as const, secure: options.secure, path: '/', maxAge: options.maxAgeMs };
  res.cookie(SESSION_COOKIE, session.token, { ...common, httpOnly: true });
  res.cookie(CSRF_COOKIE, session.csrfToken, { ...common, httpOnly: false });
}

/** Signed out in this browser: both cookies removed (the session row is ended by the caller). */
export function clearSessionCookies(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { path: '/' });
  res.clearCookie(CSRF_COOKIE, { path: '/' });
}
