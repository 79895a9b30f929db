import {
  mfaRequiredFor,
  normaliseRecoveryCode,
  normaliseTotpCode,
  RECOVERY_CODE_COUNT,
  recoveryCodeFrom,
} from '@lekwacht/domain';
import type { UserRole } from '@lekwacht/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import { type DataSource, type EntityManager, IsNull, Not } from 'typeorm';
import type { Actor } from '../../audit/actor';
import { type Transaction, UnitOfWork } from '../../database/unit-of-work';
import { ConflictError, InvalidInputError, NotFoundError } from '../../errors/domain-errors';
import { loadOrganisationProfile } from '../../organisation/organisation-profile.store';
import { issueToken, sha256Hex } from '../../security/tokens';
import { UserEntity } from '../../users/user.entity';
import { hashPassword, verifyPassword } from '../password';
import { SessionEntity } from '../session.entity';
import { SessionsService } from '../sessions.service';
import { MfaChallengeEntity, MfaRecoveryCodeEntity, UserMfaEntity } from './mfa.entities';
import type { MfaEnrolmentDto, MfaStatusDto } from './mfa.dto';
import { loadMfaPolicy } from './mfa-policy.store';
import { MfaSecretBox } from './mfa-secret-box';
import { newTotpSecret, totpUri, verifyTotp } from './totp';

/** The second step of a login lasts this long… */
export const MFA_CHALLENGE_MS = 5 * 60_000;
/** …and ends after this many wrong codes (the rate limit per address comes on top). */
export const MFA_CHALLENGE_MAX_FAILURES = 5;

const invalidCode = () =>
  new InvalidInputError(
    ['code is not valid: enter the current six-digit code from your authenticator app'],
    [{ path: 'code', rule: 'mfaCodeInvalid', message: 'code is not valid' }],
  );

export type ChallengeOutcome =
  | { ok: true; userId: string; method: 'totp' | 'recovery_code'; recoveryCodesLeft: number }
  | { ok: false; reason: 'expired' | 'wrong_code' | 'too_many_failures' };

/**
 * Multi-factor authentication with TOTP (issue #17 point 4): enrolment, verification, recovery
 * codes and the second step of a login. Secrets are encrypted at rest (MfaSecretBox) and never
 * leave the server after enrolment is confirmed; recovery codes are stored as argon2id hashes.
 * Every change is audited without secrets, codes or hashes.
 */
@Injectable()
export class MfaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly box: MfaSecretBox,
    private readonly sessions: SessionsService,
  ) {}

  /** Whether the user has a confirmed second factor. */
  async isEnrolled(userId: string, m: EntityManager = this.dataSource.manager): Promise<boolean> {
    return m.exists(UserMfaEntity, { where: { userId, confirmedAt: Not(IsNull()) } });
  }

  async requiredFor(role: UserRole, m: EntityManager = this.dataSource.manager): Promise<boolean> {
    return mfaRequiredFor(await loadMfaPolicy(m), role);
  }

  async status(user: { id: string; role: UserRole }): Promise<MfaStatusDto> {
    const m = this.dataSource.manager;
    const row = await m.findOneBy(UserMfaEntity, { userId: user.id });
    const confirmed = row?.confirmedAt ?? null;
    const left = confirmed ? await m.countBy(MfaRecoveryCodeEntity, { userId: user.id, usedAt: IsNull() }) : 0;
    return {
      enabled: confirmed !== null,
      enabledAt: confirmed?.toISOString() ?? null,
      recoveryCodesLeft: left,
      required: await this.requiredFor(user.role, m),
    };
  }

  /** A new secret, pending until confirmed with a code; starting again replaces a pending one. */
  async startEnrolment(actor: Actor, user: { id: string; email: string }): Promise<MfaEnrolmentDto> {
    const secret = newTotpSecret();
    const issuer = await this.uow.run(actor, async (tx) => {
      const existing = await tx.manager.findOne(UserMfaEntity, {
        where: { userId: user.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (existing?.confirmedAt) {
        throw new ConflictError(['multi-factor authentication is already on: turn it off first to set up a new app']);
      }
      await tx.manager.upsert(
        UserMfaEntity,
        { userId: user.id, secret: this.box.seal(secret), confirmedAt: null, lastUsedStep: null },
        ['userId'],
      );
      tx.audit({ action: 'mfa.enrolment_started', entityType: 'user', entityId: user.id });
      return (await loadOrganisationProfile(tx.manager)).name;
    });
    const otpauthUri = totpUri(issuer, user.email, secret);
    return { secret, otpauthUri, qrCodeDataUrl: await QRCode.toDataURL(otpauthUri, { margin: 1, width: 220 }) };
  }

  /**
   * Confirms the pending secret with a code from the app, creates ten recovery codes (returned
   * this once) and, for a session that was limited to enrolment, lifts the limit.
   */
  async confirmEnrolment(actor: Actor, user: { id: string; sessionId: string }, code: string): Promise<string[]> {
    const totp = normaliseTotpCode(code);
    if (!totp) throw invalidCode();
    const codes = await this.newRecoveryCodes();
    return this.uow.run(actor, async (tx) => {
      const row = await tx.manager.findOne(UserMfaEntity, {
        where: { userId: user.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row || row.confirmedAt) {
        throw new ConflictError(['there is no enrolment to confirm: start setting up the authenticator app first']);
      }
      const opened = this.box.open(row.secret);
      const step = opened ? verifyTotp(opened.secret, totp, null) : null;
      if (step === null) throw invalidCode();
      await tx.manager.update(UserMfaEntity, { userId: user.id }, { confirmedAt: new Date(), lastUsedStep: step });
      await this.replaceRecoveryCodes(tx, user.id, codes.hashes);
      await tx.manager.update(SessionEntity, { id: user.sessionId }, { mfaEnrolmentOnly: false });
      tx.audit({
        action: 'mfa.enrolled',
        entityType: 'user',
        entityId: user.id,
        after: { method: 'totp', recoveryCodes: codes.plain.length },
      });
      return codes.plain;
    });
  }

  /** Turns MFA off with a current code or the password; refused while the user's role requires it. */
  async disable(actor: Actor, user: { id: string; role: UserRole }, proof: { code?: string; password?: string }) {
    if (!proof.code && !proof.password) {
      throw new InvalidInputError(['code or password is required to turn off multi-factor authentication']);
    }
    const passwordOk = proof.password ? await this.passwordMatches(user.id, proof.password) : false;
    const result = await this.uow.run(actor, async (tx) => {
      if (await this.requiredFor(user.role, tx.manager)) {
        throw new ConflictError(['multi-factor authentication is required for your role and cannot be turned off']);
      }
      const row = await this.lockConfirmed(tx.manager, user.id);
      if (!row) throw new ConflictError(['multi-factor authentication is not on']);
      const codeOk = !passwordOk && proof.code ? await this.checkTotp(tx.manager, row, proof.code) : false;
      if (!passwordOk && !codeOk) {
        tx.audit({
          action: 'mfa.verification_failed',
          entityType: 'user',
          entityId: user.id,
          after: { for: 'disable' },
        });
        return false;
      }
      await tx.manager.delete(MfaRecoveryCodeEntity, { userId: user.id });
      await tx.manager.delete(UserMfaEntity, { userId: user.id });
      tx.audit({
        action: 'mfa.disabled',
        entityType: 'user',
        entityId: user.id,
        after: { confirmedWith: passwordOk ? 'password' : 'code' },
      });
      return true;
    });
    if (!result) {
      throw new InvalidInputError(
        ['code or password is not valid'],
        [{ path: proof.code ? 'code' : 'password', rule: 'mfaProofInvalid', message: 'code or password is not valid' }],
      );
    }
  }

  /** New recovery codes (the old ones stop working), after a current code from the app. */
  async regenerateRecoveryCodes(actor: Actor, userId: string, code: string): Promise<string[]> {
    const codes = await this.newRecoveryCodes();
    const result = await this.uow.run(actor, async (tx) => {
      const row = await this.lockConfirmed(tx.manager, userId);
      if (!row) throw new ConflictError(['multi-factor authentication is not on']);
      if (!(await this.checkTotp(tx.manager, row, code))) {
        tx.audit({
          action: 'mfa.verification_failed',
          entityType: 'user',
          entityId: userId,
          after: { for: 'recovery_codes' },
        });
        return null;
      }
      await this.replaceRecoveryCodes(tx, userId, codes.hashes);
      tx.audit({
        action: 'mfa.recovery_codes_regenerated',
        entityType: 'user',
        entityId: userId,
        after: { recoveryCodes: codes.plain.length },
      });
      return codes.plain;
    });
    if (!result) throw invalidCode();
    return result;
  }

  /**
   * An admin removes a user's second factor (a lost phone and no recovery codes); their sessions
   * end. 404 for an unknown user, 409 when the user has no second factor.
   */
  async resetByAdmin(actor: Actor, userId: string): Promise<void> {
    if (!(await this.dataSource.manager.existsBy(UserEntity, { id: userId }))) throw new NotFoundError('user', userId);
    await this.uow.run(actor, async (tx) => {
      const removed = await tx.manager.delete(UserMfaEntity, { userId });
      await tx.manager.delete(MfaRecoveryCodeEntity, { userId });
      await tx.manager.delete(MfaChallengeEntity, { userId });
      if ((removed.affected ?? 0) === 0) throw new ConflictError(['this user has no multi-factor authentication']);
      await this.sessions.revokeEveryLiveOf(tx.manager, userId);
      tx.audit({ action: 'mfa.reset_by_admin', entityType: 'user', entityId: userId });
    });
  }

  // ---- the second step of a login ----

  /** After a correct password: a random challenge token for the cookie; the row keeps its hash. */
  async createChallenge(userId: string, userAgent?: string): Promise<string> {
    const { token, hash } = issueToken();
    const m = this.dataSource.manager;
    // a user has at most one open challenge: a new password login replaces the previous one
    await m.delete(MfaChallengeEntity, { userId });
    await m.insert(MfaChallengeEntity, {
      tokenHash: hash,
      userId,
      expiresAt: new Date(Date.now() + MFA_CHALLENGE_MS),
      failedAttempts: 0,
      userAgent: userAgent?.slice(0, 300) || null,
    });
    return token;
  }

  /**
   * Checks the code (TOTP or a recovery code) against the challenge. Wrong codes are counted and
   * audited in their own committed transaction; the fifth ends the challenge.
   */
  async completeChallenge(token: string, code: string): Promise<ChallengeOutcome> {
    const hash = sha256Hex(token);
    const challenge = await this.dataSource.manager.findOneBy(MfaChallengeEntity, { tokenHash: hash });
    if (!challenge) return { ok: false, reason: 'expired' };
    const actor = { id: challenge.userId, label: `user:${challenge.userId}` };
    return this.uow.run(actor, async (tx): Promise<ChallengeOutcome> => {
      const locked = await tx.manager.findOne(MfaChallengeEntity, {
        where: { tokenHash: hash },
        lock: { mode: 'pessimistic_write' },
      });
      const user = locked ? await tx.manager.findOneBy(UserEntity, { id: locked.userId, active: true }) : null;
      if (!locked || !user || locked.expiresAt.getTime() < Date.now()) {
        if (locked) await tx.manager.delete(MfaChallengeEntity, { tokenHash: hash });
        return { ok: false, reason: 'expired' };
      }
      const row = await this.lockConfirmed(tx.manager, user.id);
      const method = row ? await this.checkSecondFactor(tx, row, code) : null;
      if (!method) {
        const failures = locked.failedAttempts + 1;
        const ended = failures >= MFA_CHALLENGE_MAX_FAILURES;
        if (ended) await tx.manager.delete(MfaChallengeEntity, { tokenHash: hash });
        else await tx.manager.update(MfaChallengeEntity, { tokenHash: hash }, { failedAttempts: failures });
        tx.audit({
          action: 'mfa.verification_failed',
          entityType: 'user',
          entityId: user.id,
          after: { for: 'login', failures, challengeEnded: ended },
        });
        return { ok: false, reason: ended ? 'too_many_failures' : 'wrong_code' };
      }
      await tx.manager.delete(MfaChallengeEntity, { tokenHash: hash });
      const left = await tx.manager.countBy(MfaRecoveryCodeEntity, { userId: user.id, usedAt: IsNull() });
      if (method === 'recovery_code') {
        tx.audit({ action: 'mfa.recovery_used', entityType: 'user', entityId: user.id, after: { left } });
      }
      return { ok: true, userId: user.id, method, recoveryCodesLeft: left };
    });
  }

  // ---- helpers ----

  private async lockConfirmed(m: EntityManager, userId: string): Promise<UserMfaEntity | null> {
    const row = await m.findOne(UserMfaEntity, { where: { userId }, lock: { mode: 'pessimistic_write' } });
    return row?.confirmedAt ? row : null;
  }

  /** A TOTP code for a locked, confirmed row; records its step so it cannot be replayed. */
  private async checkTotp(m: EntityManager, row: UserMfaEntity, code: string): Promise<boolean> {
    const totp = normaliseTotpCode(code);
    const opened = this.box.open(row.secret);
    if (!totp || !opened) return false;
    const step = verifyTotp(opened.secret, totp, row.lastUsedStep);
    if (step === null) return false;
    // re-encrypted with the current audit key after a rotation
    await m.update(
      UserMfaEntity,
      { userId: row.userId },
      opened.stale ? { lastUsedStep: step, secret: this.box.seal(opened.secret) } : { lastUsedStep: step },
    );
    return true;
  }

  private async checkSecondFactor(
    tx: Transaction,
    row: UserMfaEntity,
    code: string,
  ): Promise<'totp' | 'recovery_code' | null> {
    if (await this.checkTotp(tx.manager, row, code)) return 'totp';
    const recovery = normaliseRecoveryCode(code);
    if (!recovery) return null;
    const unused = await tx.manager.find(MfaRecoveryCodeEntity, {
      where: { userId: row.userId, usedAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
    for (const candidate of unused) {
      if (await verifyPassword(candidate.codeHash, recovery)) {
        await tx.manager.update(MfaRecoveryCodeEntity, { id: candidate.id }, { usedAt: new Date() });
        return 'recovery_code';
      }
    }
    return null;
  }

  private async newRecoveryCodes(): Promise<{ plain: string[]; hashes: string[] }> {
    const plain = new Set<string>();
    while (plain.size < RECOVERY_CODE_COUNT) {
      // raw bytes, not a token: the domain maps them onto the code alphabet without bias
      const code = recoveryCodeFrom(randomBytes(32));
      if (code) plain.add(code);
    }
    const list = [...plain];
    return { plain: list, hashes: await Promise.all(list.map((c) => hashPassword(c))) };
  }

  private async replaceRecoveryCodes(tx: Transaction, userId: string, hashes: string[]): Promise<void> {
    await tx.manager.delete(MfaRecoveryCodeEntity, { userId });
    await tx.manager.insert(
      MfaRecoveryCodeEntity,
      hashes.map((codeHash) => ({ userId, codeHash, usedAt: null })),
    );
  }

  private async passwordMatches(userId: string, password: string): Promise<boolean> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: userId })
      .getOne();
    return user ? verifyPassword(user.passwordHash, password) : false;
  }
}
