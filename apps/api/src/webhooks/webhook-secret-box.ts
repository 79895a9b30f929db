import { Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { AuditKeys } from '../audit/audit-key';

const INFO = 'lekwacht-webhook-secret:v1';
const VERSION = 'v1';

const encryptionKey = (auditSecret: string): Buffer =>
  Buffer.from(hkdfSync('sha256', auditSecret, 'lekwacht', INFO, 32));

/**
 * Webhook signing secrets at rest: AES-256-GCM under a key derived (HKDF-SHA256, its own label)
 * from the audit key, which is not in the database, as MFA secrets are. The app must read the
 * secret to sign; a database reader (a DBA, a backup) cannot. The stored form names the audit
 * key's id, so after a key rotation (old key in AUDIT_PREVIOUS_KEYS) secrets still open.
 */
@Injectable()
export class WebhookSecretBox {
  constructor(private readonly keys: AuditKeys) {}

  seal(secret: string): string {
    const key = this.keys.keyring.current;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', encryptionKey(key.secret), iv);
    cipher.setAAD(Buffer.from(INFO));
    const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [
      VERSION,
      key.id,
      iv.toString('base64url'),
      ciphertext.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
    ].join('.');
  }

  /** The secret, or null when its key is not configured or the value was tampered with. */
  open(sealed: string): string | null {
    const [version, keyId, iv, ciphertext, tag] = sealed.split('.');
    const key = keyId ? this.keys.keyring.byId.get(keyId) : undefined;
    if (version !== VERSION || !key || !iv || !ciphertext || !tag) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey(key.secret), Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(INFO));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}
