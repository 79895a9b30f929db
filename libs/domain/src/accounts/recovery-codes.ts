/**
 * One-time recovery codes for multi-factor authentication: ten per user, shown once, each
 * accepted once. Ten characters from an alphabet without look-alikes (no 0/O, 1/I/L), grouped
 * 5-5 for reading aloud; about 49 bits each, stored only as an argon2id hash.
 */
export const RECOVERY_CODE_COUNT = 10;
export const RECOVERY_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const LENGTH = 10;

/** Turns random bytes (at least 10) into a code such as `7KQ4M-XT2PA`; rejection sampling keeps it uniform. */
export function recoveryCodeFrom(randomBytes: Uint8Array): string | null {
  const n = RECOVERY_CODE_ALPHABET.length;
  const limit = 256 - (256 % n);
  let code = '';
  for (const b of randomBytes) {
    if (b >= limit) continue;
    code += RECOVERY_CODE_ALPHABET[b % n];
    if (code.length === LENGTH) return `${code.slice(0, 5)}-${code.slice(5)}`;
  }
  return null;
}

/** What a person typed, in the stored form: upper case, no spaces, the dash where it belongs. */
export function normaliseRecoveryCode(input: string): string | null {
  const plain = input.replace(/[\s-]/g, '').toUpperCase();
  if (plain.length !== LENGTH) return null;
  for (const c of plain) if (!RECOVERY_CODE_ALPHABET.includes(c)) return null;
  return `${plain.slice(0, 5)}-${plain.slice(5)}`;
}

/** A six-digit authenticator code (spaces allowed, as apps show "123 456"). */
export function normaliseTotpCode(input: string): string | null {
  const plain = input.replace(/\s/g, '');
  return /^\d{6}$/.test(plain) ? plain : null;
}
