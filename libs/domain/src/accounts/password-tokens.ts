/** A set-password link's purpose: a forgotten password, or the first password of a new user. */
export type PasswordTokenPurpose = 'reset' | 'invitation';

/**
 * How long a link works. A reset is asked for by the person who uses it, so an hour is plenty;
 * an invitation waits in the inbox of a new colleague who may start next week.
 */
export const PASSWORD_TOKEN_TTL_MINUTES: Record<PasswordTokenPurpose, number> = {
  reset: 60,
  invitation: 7 * 24 * 60,
};

export const passwordTokenExpiry = (purpose: PasswordTokenPurpose, issuedAt: Date): Date =>
  new Date(issuedAt.getTime() + PASSWORD_TOKEN_TTL_MINUTES[purpose] * 60_000);

/** The path of the web page a link opens; the token is its last segment (masked in the mailbox and logs). */
export const passwordTokenPath = (purpose: PasswordTokenPurpose, token: string): string =>
  `/${purpose === 'reset' ? 'password-reset' : 'invitation'}/${token}`;

/** The same minimum as every password the API accepts (user.dto.ts). */
export const MIN_PASSWORD_LENGTH = 12;
