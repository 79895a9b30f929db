import type { EntityManager } from 'typeorm';
import { AppSettingEntity } from './app-setting.entity';

/**
 * One organisation setting, kept as JSON in app_settings under its key. It is read through the
 * domain's validator: a missing row, or a stored value that no longer validates (written by an
 * older version, say), reads as the default. It is replaced under a row lock, so two admins saving
 * at once are applied one after the other and each audit's "before" is the value it replaced.
 */
export class AppSettingStore<T> {
  constructor(
    readonly key: string,
    /** The stored value when it validates, else null. */
    private readonly valid: (stored: unknown) => T | null,
    private readonly fallback: T,
  ) {}

  async read(m: EntityManager): Promise<T> {
    const row = await m.findOneBy(AppSettingEntity, { key: this.key });
    return (row && this.valid(row.value)) ?? this.fallback;
  }

  /** Stores `value` in the caller's transaction (whose audit records the change); returns the value it replaced. */
  async replace(m: EntityManager, value: T): Promise<T> {
    await m.query(`INSERT INTO app_settings (key, value) VALUES ($1, 'null') ON CONFLICT (key) DO NOTHING`, [this.key]);
    await m.query(`SELECT 1 FROM app_settings WHERE key = $1 FOR UPDATE`, [this.key]);
    const before = await this.read(m);
    await m.query(`UPDATE app_settings SET value = $2 WHERE key = $1`, [this.key, JSON.stringify(value)]);
    return before;
  }
}
