import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { AuditKeyring } from '../../audit/audit-chain';

const INFO = 'lekwacht-mfa-secret:v1';
const VERSION = 'v1';

/** AES-256-GCM key for TOTP secrets, derived (HKDF-SHA256) from an audit key: not the key itself. */
const encryptionKey = (auditSecret: string): Buffer =>
  Buffer.from(hkdfSync('sha256', auditSecret, 'lekwacht', INFO, 32));

/**
 * Encrypts TOTP secrets at rest with a key derived from the audit key (`AUDIT_KEY` or
 * `<data dir>/audit.key`), which is not in the database: a database reader (a DBA, a backup)
 * cannot compute anyone's codes. The stored form names the audit key's public id, so after a
 * rotation (the old key in `AUDIT_PREVIOUS_KEYS`) existing secrets still decrypt, and are
 * re-encrypted with the new key the next time they are used.
 */
export function sealSecret(keyring: AuditKeyring, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', encryptionKey(keyring.current.secret), iv);
  cipher.setAAD(Buffer.from(INFO));
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [VERSION, keyring.current.id, iv, ciphertext, cipher.getAuthTag()]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

/** The secret, or null when the key it was sealed with is not configured (or it was tampered with). */
export function openSecret(keyring: AuditKeyring, sealed: string): { secret: string; stale: boolean } | null {
  const [version, keyId, iv, ciphertext, tag] = sealed.split('.');
  const key = keyId ? keyring.byId.get(keyId) : undefined;
  if (version !== VERSION || !key || !iv || !ciphertext || !tag) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', encryptionKey(key.secret), Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(INFO));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const secret = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
    return { secret, stale: key.id !== keyring.current.id };
  } catch {
    return null;
  }
}
