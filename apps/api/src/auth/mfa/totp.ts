import { generateSecret, generateSync, generateURI, verifySync } from 'otplib';

/**
 * TOTP (RFC 6238) through otplib: SHA-1, six digits, 30-second steps — what every authenticator
 * app (Google/Microsoft Authenticator, 1Password, FreeOTP…) understands from the QR code.
 */
const PERIOD = 30;
/** One step either side: a phone clock a little off, or a code typed just as it changed. */
const TOLERANCE_SECONDS = PERIOD;

/** A new random secret (160 bits, base32, as RFC 4226 recommends). */
export const newTotpSecret = (): string => generateSecret();

/** The otpauth:// URI an authenticator app reads from the QR code. */
export const totpUri = (issuer: string, account: string, secret: string): string =>
  generateURI({ issuer, label: account, secret });

/** The current code (for tests and the e2e journey, which play the authenticator app). */
export const currentTotp = (secret: string, now = new Date()): string =>
  generateSync({ secret, epoch: Math.floor(now.getTime() / 1000) });

/**
 * The time step the code belongs to, or null. A code is refused for a step at or before
 * `lastUsedStep`, so a code seen over someone's shoulder cannot be used a second time.
 */
export function verifyTotp(secret: string, code: string, lastUsedStep: number | null, now = new Date()): number | null {
  try {
    const result = verifySync({
      secret,
      token: code,
      epoch: Math.floor(now.getTime() / 1000),
      epochTolerance: TOLERANCE_SECONDS,
      afterTimeStep: lastUsedStep ?? undefined,
    });
    if (!result.valid) return null;
    // the TOTP result carries the step it matched (otplib types it on the TOTP variant only)
    return 'timeStep' in result && typeof result.timeStep === 'number' ? result.timeStep : null;
  } catch {
    // otplib throws when afterTimeStep is past the window (every step in it was used) or on a malformed token
    return null;
  }
}
