import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { UserRole } from '@lekwacht/contracts';
import type { AuthenticatedRequest, SessionUser } from './session-user';

export const IS_PUBLIC = 'lekwacht:public';
export const ROLES = 'lekwacht:roles';
export const MFA_ENROLMENT_ALLOWED = 'lekwacht:mfa-enrolment-allowed';

/** No session needed (login, health, portal, calendar feed). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Roles allowed; without it any logged-in user may call the route. */
export const Roles = (...roles: UserRole[]) => SetMetadata(ROLES, roles);

/**
 * Open to a session that must first set up multi-factor authentication (its role requires it):
 * who am I, sign out, and the enrolment routes. Every other route refuses such a session.
 */
export const AllowDuringMfaEnrolment = () => SetMetadata(MFA_ENROLMENT_ALLOWED, true);

export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): SessionUser =>
    ctx.switchToHttp().getRequest<AuthenticatedRequest>().user as SessionUser,
);
