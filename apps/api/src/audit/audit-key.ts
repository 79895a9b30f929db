import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import type { AuditKeyring } from './audit-chain';
import { loadAuditKeyring } from './audit-keyring';

/** Loaded once at start, so every append hashes without touching the disk. */
@Injectable()
export class AuditKeys {
  readonly keyring: AuditKeyring;
  readonly origin: 'env' | 'file';

  constructor(config: AppConfig) {
    const loaded = loadAuditKeyring({
      envKey: config.env.AUDIT_KEY,
      previousKeys: config.env.AUDIT_PREVIOUS_KEYS,
      dataDir: config.env.LEKWACHT_DATA_DIR,
    });
    this.keyring = loaded.keyring;
    this.origin = loaded.origin;
  }
}
