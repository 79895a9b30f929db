import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { UnauthenticatedError } from '../errors/domain-errors';
import { UnitOfWork } from '../database/unit-of-work';
import { UserEntity } from '../users/user.entity';
import { MfaService } from './mfa/mfa.service';
import { DUMMY_HASH, verifyPassword } from './password';
import { SessionsService } from './sessions.service';

/** What a correct password leads to: a session, or the second step (a challenge for the cookie). */
export type LoginResult =
  | { kind: 'session'; user: UserEntity; token: string; csrfToken: string; mfaEnrolmentRequired: boolean }
  | { kind: 'mfa'; challengeToken: string };

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly sessions: SessionsService,
    private readonly uow: UnitOfWork,
    private readonly mfa: MfaService,
  ) {}

  /**
   * One message for an unknown user, a wrong password and a deactivated account. A user with a
   * second factor gets no session yet: a five-minute challenge instead (POST /auth/login/mfa). A
   * user whose role requires one they have not set up gets a session limited to enrolment.
   */
  async login(email: string, password: string, userAgent?: string): Promise<LoginResult> {
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: email.trim().toLowerCase() })
      .getOne();
    const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
    if (!user || !valid || !user.active) {
      throw new UnauthenticatedError(['invalid e-mail or password']);
    }
    if (await this.mfa.isEnrolled(user.id)) {
      return { kind: 'mfa', challengeToken: await this.mfa.createChallenge(user.id, userAgent) };
    }
    const mfaEnrolmentRequired = await this.mfa.requiredFor(user.role);
    return { kind: 'session', ...(await this.startSession(user, userAgent, { mfaEnrolmentRequired })) };
  }

  /** The second step: the challenge from the cookie and a code; then a session exactly as login makes one. */
  async completeMfaLogin(challengeToken: string | undefined, code: string, userAgent?: string) {
    const outcome = challengeToken ? await this.mfa.completeChallenge(challengeToken, code) : null;
    if (!outcome || !outcome.ok) {
      const reason = outcome?.reason ?? 'expired';
      throw new UnauthenticatedError(
        [
          reason === 'wrong_code'
            ? 'invalid code'
            : reason === 'too_many_failures'
              ? 'too many wrong codes: sign in again with your e-mail and password'
              : 'the sign-in has expired: sign in again with your e-mail and password',
        ],
        [
          {
            path: 'code',
            rule: reason === 'wrong_code' ? 'mfaCodeInvalid' : 'mfaChallengeEnded',
            message: reason === 'wrong_code' ? 'invalid code' : 'sign in again',
          },
        ],
      );
    }
    const user = await this.users.findOneByOrFail({ id: outcome.userId });
    return {
      ...(await this.startSession(user, userAgent, { mfaEnrolmentRequired: false })),
      recoveryCodesLeft: outcome.method === 'recovery_code' ? outcome.recoveryCodesLeft : undefined,
    };
  }

  /** Every way in ends here: one session row, one audited `session.login`. */
  async startSession(user: UserEntity, userAgent: string | undefined, options: { mfaEnrolmentRequired: boolean }) {
    const session = await this.sessions.create(user.id, userAgent, { mfaEnrolmentOnly: options.mfaEnrolmentRequired });
    await this.uow.run({ id: user.id, label: user.email }, async (tx) => {
      tx.audit({ action: 'session.login', entityType: 'user', entityId: user.id });
    });
    return { user, ...session, mfaEnrolmentRequired: options.mfaEnrolmentRequired };
  }
}
