import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { UserRole } from '@lekwacht/contracts';
import { timingSafeEqual } from 'node:crypto';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-errors';
import { IS_PUBLIC, MFA_ENROLMENT_ALLOWED, ROLES } from './auth.decorators';
import { type AuthenticatedRequest, CSRF_HEADER, SESSION_COOKIE } from './session-user';
import { SessionsService } from './sessions.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const sameToken = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Global guard: session → user, then double-submit CSRF on state-changing requests, then a
 * session limited to MFA enrolment (only routes marked AllowDuringMfaEnrolment), then roles.
 * Public routes (login, portal, health) skip all three.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const user = token ? await this.sessions.resolve(token) : null;
    if (!user) throw new UnauthenticatedError(['not logged in']);
    req.user = user;

    if (!SAFE_METHODS.has(req.method)) {
      const header = req.header(CSRF_HEADER);
      if (!header || !sameToken(header, user.csrfToken)) {
        throw new ForbiddenError(['missing or invalid X-XSRF-TOKEN header']);
      }
    }

    // A session whose role requires a second factor not set up yet may only enrol (issue #17 point 4).
    if (user.mfaEnrolmentOnly && !this.reflector.getAllAndOverride<boolean>(MFA_ENROLMENT_ALLOWED, targets)) {
      throw new ForbiddenError(
        ['set up multi-factor authentication first: your role requires it'],
        [{ path: '', rule: 'mfaEnrolmentRequired', message: 'set up multi-factor authentication first' }],
      );
    }

    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(user.role)) {
      throw new ForbiddenError([`this action needs the role ${roles.join(' or ')}`]);
    }
    return true;
  }
}
