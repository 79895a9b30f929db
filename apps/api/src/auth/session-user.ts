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
}

export interface AuthenticatedRequest extends Request {
  user?: SessionUser;
}

export const actorOf = (user: SessionUser): Actor => ({ id: user.id, label: user.email });

export const SESSION_COOKIE = 'lekwacht_session';
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';

/** Signed out in this browser: both cookies removed (the session row is ended by the caller). */
export function clearSessionCookies(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { path: '/' });
  res.clearCookie(CSRF_COOKIE, { path: '/' });
}
