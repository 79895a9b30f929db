import {
  PASSWORD_TOKEN_TTL_MINUTES,
  passwordTokenExpiry,
  passwordTokenPath,
  type PasswordTokenPurpose,
} from '@lekwacht/domain';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../audit/actor';
import { revokeCalendarFeeds } from '../../calendar/calendar-tokens.service';
import { AppConfig } from '../../config/app-config';
import { type Transaction, UnitOfWork } from '../../database/unit-of-work';
import { ConflictError, InvalidInputError, NotFoundError } from '../../errors/domain-errors';
import { Outbox } from '../../mail/outbox.service';
import { loadOrganisationProfile } from '../../organisation/organisation-profile.store';
import { issueToken, sha256Hex } from '../../security/tokens';
import { UserEntity } from '../../users/user.entity';
import { hashPassword, verifyPassword } from '../password';
import { SsoIdentityEntity } from '../sso/sso-identity.entity';
import { SessionsService } from '../sessions.service';
import { passwordMail, validForText } from './password-mail';
import { PasswordTokenEntity } from './password-token.entity';

/**
 * The password of a user who was invited and has not chosen one yet. Not an argon2 hash, so no
 * password ever verifies against it: the account cannot sign in until the invitation is used.
 */
export const INVITED_PASSWORD_HASH = '!invited';

const invalidToken = () =>
  new InvalidInputError(
    ['token is not valid: the link was used already or has expired; ask for a new one'],
    [{ path: 'token', rule: 'passwordTokenInvalid', message: 'the link was used already or has expired' }],
  );

/**
 * Users set their own passwords (issue #17 point 4): a forgotten password or a new account gets a
 * single-use, expiring link by mail (through the outbox); the link's token is stored only as its
 * SHA-256. Setting a password by link ends every session and calendar-feed link of the user.
 */
@Injectable()
export class PasswordTokensService {
  private readonly logger = new Logger(PasswordTokensService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly outbox: Outbox,
    private readonly config: AppConfig,
    private readonly sessions: SessionsService,
  ) {}

  /**
   * A new link for the user, in the caller's transaction: earlier unused links end, the mail is
   * queued in the outbox. The audit names the purpose and expiry, never the token.
   */
  async issue(
    tx: Transaction,
    user: { id: string; email: string; name: string; language: string },
    purpose: PasswordTokenPurpose,
  ): Promise<void> {
    const { token, hash } = issueToken();
    const now = new Date();
    await tx.manager.query(`UPDATE password_tokens SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL`, [
      user.id,
      now,
    ]);
    const expiresAt = passwordTokenExpiry(purpose, now);
    await tx.manager.insert(PasswordTokenEntity, {
      userId: user.id,
      tokenHash: hash,
      purpose,
      expiresAt,
      usedAt: null,
    });
    const organisation = (await loadOrganisationProfile(tx.manager)).name;
    const mail = passwordMail({
      purpose,
      recipient: { name: user.name, language: user.language },
      organisation,
      link: `${this.config.publicUrl}${passwordTokenPath(purpose, token)}`,
      validFor: validForText(PASSWORD_TOKEN_TTL_MINUTES[purpose], user.language),
    });
    await this.outbox.enqueue(tx, [
      { kind: 'system', breachId: null, sourceId: user.id, to: { name: user.name, email: user.email }, ...mail },
    ]);
    tx.audit({
      action: purpose === 'reset' ? 'user.password_reset_link_sent' : 'user.invitation_sent',
      entityType: 'user',
      entityId: user.id,
      after: { expiresAt: expiresAt.toISOString() },
    });
  }

  /**
   * "Forgot password": the caller always gets the same answer at once; the lookup and the mail
   * happen afterwards, so neither the answer nor its timing tells whether the address has an account.
   */
  requestReset(email: string): Promise<void> {
    const address = email.trim().toLowerCase();
    // the caller answers without awaiting this; tests await it instead of sleeping
    return new Promise<void>((resolve) => {
      setImmediate(() => {
        this.sendReset(address)
          .catch((err: unknown) => this.logger.error(err))
          .finally(resolve);
      });
    });
  }

  private async sendReset(email: string): Promise<void> {
    const user = await this.dataSource.manager.findOneBy(UserEntity, { email, active: true });
    // one who signs in through single sign-on has no password here to reset (the same 202 for them)
    if (!user || (await this.dataSource.manager.existsBy(SsoIdentityEntity, { userId: user.id }))) return;
    await this.uow.run({ id: user.id, label: user.email }, (tx) => this.issue(tx, user, 'reset'));
  }

  /** An admin sends a user a link instead of typing a password: an invitation if they never chose one. */
  async sendLinkByAdmin(actor: Actor, userId: string): Promise<PasswordTokenPurpose> {
    return this.uow.run(actor, async (tx) => {
      const user = await tx.manager
        .createQueryBuilder(UserEntity, 'u')
        .addSelect('u.passwordHash')
        .where('u.id = :id', { id: userId })
        .setLock('pessimistic_write')
        .getOne();
      if (!user) throw new NotFoundError('user', userId);
      if (!user.active) throw new ConflictError(['this user is deactivated: activate them first']);
      if (await tx.manager.existsBy(SsoIdentityEntity, { userId: user.id }))
        throw new ConflictError(['this user signs in with single sign-on (SSO) and has no password here']);
      const purpose = user.passwordHash === INVITED_PASSWORD_HASH ? 'invitation' : 'reset';
      await this.issue(tx, user, purpose);
      return purpose;
    });
  }

  /** Sets the password from a link: single use, unexpired, active user; every session and feed link ends. */
  async confirm(token: string, password: string): Promise<void> {
    const hash = sha256Hex(token);
    const found = await this.dataSource.manager.findOneBy(PasswordTokenEntity, { tokenHash: hash });
    const user = found ? await this.dataSource.manager.findOneBy(UserEntity, { id: found.userId }) : null;
    if (!found || !user) throw invalidToken();
    const passwordHash = await hashPassword(password);
    await this.uow.run({ id: user.id, label: user.email }, async (tx) => {
      // the conditional update is the single-use check: of two concurrent uses, one wins
      const [rows] = (await tx.manager.query(
        `UPDATE password_tokens SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING purpose`,
        [hash],
      )) as [{ purpose: PasswordTokenPurpose }[], number];
      const purpose = rows[0]?.purpose;
      const active = await tx.manager.findOne(UserEntity, {
        where: { id: user.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!purpose || !active?.active) throw invalidToken();
      await tx.manager.update(UserEntity, { id: user.id }, { passwordHash });
      await tx.manager.query(`UPDATE password_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [
        user.id,
      ]);
      const ended = await this.sessions.revokeEveryLiveOf(tx.manager, user.id);
      if ((await revokeCalendarFeeds(tx.manager, user.id)) > 0) {
        tx.audit({ action: 'calendar_token.revoked', entityType: 'user', entityId: user.id });
      }
      tx.audit({
        action: purpose === 'reset' ? 'user.password_reset' : 'user.invitation_accepted',
        entityType: 'user',
        entityId: user.id,
        after: { sessionsEnded: ended },
      });
    });
  }

  /** A signed-in user changes their own password; their other sessions end, this one stays. */
  async change(user: { id: string; email: string; sessionId: string }, current: string, next: string): Promise<void> {
    const row = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: user.id })
      .getOne();
    if (!row || !(await verifyPassword(row.passwordHash, current))) {
      throw new InvalidInputError(
        ['currentPassword is not correct'],
        [{ path: 'currentPassword', rule: 'passwordIncorrect', message: 'currentPassword is not correct' }],
      );
    }
    if (current === next) {
      throw new InvalidInputError(
        ['newPassword must differ from the current password'],
        [
          {
            path: 'newPassword',
            rule: 'passwordUnchanged',
            message: 'newPassword must differ from the current password',
          },
        ],
      );
    }
    const passwordHash = await hashPassword(next);
    await this.uow.run({ id: user.id, label: user.email }, async (tx) => {
      await tx.manager.update(UserEntity, { id: user.id }, { passwordHash });
      await tx.manager.query(`UPDATE password_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [
        user.id,
      ]);
      await this.sessions.revokeOthersOf(tx.manager, user.id, user.sessionId);
      tx.audit({ action: 'user.password_changed', entityType: 'user', entityId: user.id });
    });
  }
}
