/** Why a single sign-on did not end in a session; each has its own message on the refusal page. */
export type SsoRefusalReason =
  | 'expired'
  | 'not_verified'
  | 'unavailable'
  | 'no_role'
  | 'unknown_user'
  | 'deactivated'
  | 'no_email'
  | 'email_unverified'
  | 'already_linked';

const STATUS: Record<SsoRefusalReason, number> = {
  expired: 400,
  not_verified: 401,
  unavailable: 502,
  no_role: 403,
  unknown_user: 403,
  deactivated: 403,
  no_email: 403,
  email_unverified: 403,
  already_linked: 403,
};

/** A sign-in that cannot go on; the callback answers it with a page, never a 500. */
export class SsoSignInError extends Error {
  readonly status: number;
  constructor(
    readonly reason: SsoRefusalReason,
    message: string,
  ) {
    super(message);
    this.status = STATUS[reason];
  }
}
