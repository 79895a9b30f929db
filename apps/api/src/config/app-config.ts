import { type Environment } from './environment';

export type DatabaseKind = 'embedded' | 'postgres';

/** The resolved configuration the rest of the app reads; built once in main.ts or a test. */
export class AppConfig {
  constructor(
    readonly env: Environment,
    readonly database: { kind: DatabaseKind; url: string },
  ) {}

  get port(): number {
    return this.env.PORT;
  }

  /** 1 on PGlite (see database.module.ts), else DATABASE_POOL_SIZE or 10. */
  get databasePoolSize(): number {
    return this.env.DATABASE_POOL_SIZE ?? (this.database.kind === 'embedded' ? 1 : 10);
  }

  get publicUrl(): string {
    return (this.env.PUBLIC_URL ?? `http://localhost:${this.env.PORT}`).replace(/\/$/, '');
  }

  get demoData(): boolean {
    return this.env.DEMO_DATA ?? this.database.kind === 'embedded';
  }

  get schedulerEnabled(): boolean {
    return this.env.SCHEDULER_ENABLED;
  }

  /** The value for Express's `trust proxy` (see Environment.TRUST_PROXY). */
  get trustProxy(): boolean | number | string {
    const v = this.env.TRUST_PROXY.trim();
    if (v === 'false') return false;
    if (v === 'true') return true;
    return /^\d+$/.test(v) ? Number(v) : v;
  }

  get secureCookies(): boolean {
    return this.publicUrl.startsWith('https://');
  }
}

/** Masks secrets so the configuration can be logged at boot. */
export function describeConfig(config: AppConfig): Record<string, unknown> {
  const mask = (url?: string) => url?.replace(/\/\/([^:@/]+):([^@/]+)@/, '//$1:***@');
  return {
    port: config.port,
    database: config.database.kind,
    databaseUrl: config.database.kind === 'postgres' ? mask(config.database.url) : undefined,
    dataDir: config.env.LEKWACHT_DATA_DIR,
    auditKey: config.env.AUDIT_KEY ? 'AUDIT_KEY' : `${config.env.LEKWACHT_DATA_DIR}/audit.key`,
    smtp: config.env.SMTP_URL ? mask(config.env.SMTP_URL) : 'built-in mailbox',
    publicUrl: config.publicUrl,
    scheduler: config.schedulerEnabled,
    demoData: config.demoData,
  };
}
