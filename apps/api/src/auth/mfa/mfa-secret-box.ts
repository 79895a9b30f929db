import { Injectable } from '@nestjs/common';
import { AuditKeys } from '../../audit/audit-key';
import { openSecret, sealSecret } from './mfa-secret-seal';

/** TOTP secrets sealed and opened with the audit keys loaded at start (mfa-secret-seal.ts). */
@Injectable()
export class MfaSecretBox {
  constructor(private readonly keys: AuditKeys) {}

  seal(secret: string): string {
    return sealSecret(this.keys.keyring, secret);
  }

  open(sealed: string): { secret: string; stale: boolean } | null {
    return openSecret(this.keys.keyring, sealed);
  }
}
