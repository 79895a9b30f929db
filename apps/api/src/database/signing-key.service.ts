import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { randomToken } from '../security/tokens';

/**
 * Signs links (portal, acknowledge, calendar). Uses SESSION_SECRET when set; otherwise a key
 * generated once and kept in the database, so every instance and every restart agree.
 */
@Injectable()
export class SigningKey implements OnApplicationBootstrap {
  private key?: Promise<string>;

  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Loaded at start, so signing inside a transaction never needs a second connection. */
  async onApplicationBootstrap(): Promise<void> {
    await this.secret();
  }

  secret(): Promise<string> {
    this.key ??= this.load();
    return this.key;
  }

  async sign(payload: string): Promise<string> {
    return createHmac('sha256', await this.secret())
      .update(payload)
      .digest('base64url');
  }

  async verify(payload: string, signature: string): Promise<boolean> {
    const expected = Buffer.from(await this.sign(payload));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private async load(): Promise<string> {
    if (this.config.env.SESSION_SECRET) return this.config.env.SESSION_SECRET;
    await this.dataSource.query(
      `INSERT INTO app_settings (key, value) VALUES ('signing_key', $1) ON CONFLICT (key) DO NOTHING`,
      [JSON.stringify(randomToken(32))],
    );
    const [row] = (await this.dataSource.query(`SELECT value FROM app_settings WHERE key = 'signing_key'`)) as {
      value: string;
    }[];
    if (!row) throw new Error('signing key could not be stored');
    return row.value;
  }
}
