import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { SessionUser } from '../auth/session-user';
import { AppConfig } from '../config/app-config';
import { SigningKey } from '../database/signing-key.service';
import { UnitOfWork } from '../database/unit-of-work';
import { randomToken, sameSecret, sha256Hex } from '../security/tokens';

const TOKEN_SHAPE = /^([A-Za-z0-9_-]{16,64})\.([A-Za-z0-9_-]{20,64})$/;

export interface CalendarFeedOwner {
  userId: string;
  role: string;
  language: 'nl' | 'en';
}

/** Issues, rotates and resolves the personal calendar-feed tokens. */
@Injectable()
export class CalendarTokensService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly signing: SigningKey,
    private readonly config: AppConfig,
  ) {}

  /** The user's feed URL; issues a token on first use. */
  async urlFor(user: SessionUser): Promise<string> {
    return this.uow.run({ id: user.id, label: user.email }, async (tx) => {
      const [active] = (await tx.manager.query(
        `SELECT id, token_hash FROM calendar_tokens WHERE user_id = $1 AND revoked_at IS NULL`,
        [user.id],
      )) as { id: string; token_hash: string }[];
      if (active) {
        const token = await this.tokenOf(active.id);
        // Same signing key as when issued: hand out the same link again.
        if (sha256Hex(token) === active.token_hash) return this.url(token);
        await this.revokeActive(tx.manager, user.id);
      }
      const token = await this.issue(tx.manager, user.id, true);
      if (token === null) {
        // A concurrent request issued one first: hand out that one.
        const [won] = (await tx.manager.query(
          `SELECT id FROM calendar_tokens WHERE user_id = $1 AND revoked_at IS NULL`,
          [user.id],
        )) as { id: string }[];
        if (!won) throw new Error('calendar token could not be issued');
        return this.url(await this.tokenOf(won.id));
      }
      tx.audit({ action: 'calendar_token.issued', entityType: 'user', entityId: user.id });
      return this.url(token);
    });
  }

  /** Revokes the current link (it answers 404 from now on) and issues a new one. */
  async rotate(user: SessionUser): Promise<string> {
    return this.uow.run({ id: user.id, label: user.email }, async (tx) => {
      await this.revokeActive(tx.manager, user.id);
      const token = (await this.issue(tx.manager, user.id, false)) as string;
      tx.audit({ action: 'calendar_token.rotated', entityType: 'user', entityId: user.id });
      return this.url(token);
    });
  }

  /** The owner of an active token of an active user, or null (unknown, revoked, malformed). */
  async resolve(token: string): Promise<CalendarFeedOwner | null> {
    const match = TOKEN_SHAPE.exec(token);
    if (!match) return null;
    const [row] = (await this.dataSource.query(
      `SELECT t.token_hash, u.id AS user_id, u.role, u.language
         FROM calendar_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.id = $1 AND t.revoked_at IS NULL AND u.active`,
      [match[1]],
    )) as { token_hash: string; user_id: string; role: string; language: 'nl' | 'en' }[];
    if (!row) return null;
    if (!sameSecret(sha256Hex(token), row.token_hash)) return null;
    return { userId: row.user_id, role: row.role, language: row.language };
  }

  /** A new token; with `yieldToConcurrent`, null when another active token appeared meanwhile. */
  private async issue(manager: EntityManager, userId: string, yieldToConcurrent: boolean): Promise<string | null> {
    const id = randomToken(18);
    const token = await this.tokenOf(id);
    const onConflict = yieldToConcurrent ? 'ON CONFLICT (user_id) WHERE revoked_at IS NULL DO NOTHING' : '';
    const inserted = (await manager.query(
      `INSERT INTO calendar_tokens (id, user_id, token_hash) VALUES ($1, $2, $3) ${onConflict} RETURNING id`,
      [id, userId, sha256Hex(token)],
    )) as { id: string }[];
    return inserted.length > 0 ? token : null;
  }

  private async revokeActive(manager: EntityManager, userId: string): Promise<void> {
    await revokeCalendarFeeds(manager, userId);
  }

  private async tokenOf(id: string): Promise<string> {
    return `${id}.${await this.signing.sign(`calendar:${id}`)}`;
  }

  private url(token: string): string {
    return `${this.config.publicUrl}/api/calendar/${token}.ics`;
  }
}

/**
 * Ends a user's feed link for good; a later re-enable or a new password does not bring it back.
 * Returns how many links were revoked.
 */
export async function revokeCalendarFeeds(manager: EntityManager, userId: string): Promise<number> {
  const revoked = (await manager.query(
    `UPDATE calendar_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING id`,
    [userId],
  )) as unknown[];
  return revoked.length;
}
