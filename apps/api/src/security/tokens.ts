import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Random tokens and their hashes, in one place. A token that is a credential (session, portal
 * link, password link, MFA challenge, escalation link) is handed out once and only its SHA-256 is
 * stored, so a database dump holds no usable link. The formats are fixed by the tokens already in
 * databases: base64url of random bytes, stored as lowercase hex SHA-256 of the token's UTF-8 text.
 */

/** Lowercase hex SHA-256 of a string (as UTF-8) or of bytes. */
export const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** `bytes` random bytes as base64url (no padding): 32 bytes give 43 characters, 256 bits. */
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** A new random token and the hash to store in its place; the token itself goes only to its holder. */
export function issueToken(bytes = 32): { token: string; hash: string } {
  const token = randomToken(bytes);
  return { token, hash: sha256Hex(token) };
}

/** Whether two secrets are equal, compared in constant time whatever their lengths (both are hashed first). */
export const sameSecret = (given: string, expected: string): boolean =>
  timingSafeEqual(createHash('sha256').update(given).digest(), createHash('sha256').update(expected).digest());
