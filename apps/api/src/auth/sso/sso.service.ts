import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { UserRole } from '@lekwacht/contracts';
import type { Repository } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { SigningKey } from '../../database/signing-key.service';
import { type Transaction, UnitOfWork } from '../../database/unit-of-work';
import { NotFoundError } from '../../errors/domain-errors';
import { randomToken } from '../../security/tokens';
import { toUserDto } from '../../users/user.dto';
import { UserEntity } from '../../users/user.entity';
import { SessionsService } from '../sessions.service';
import { OidcClient, type VerifiedSignIn } from './oidc-client';
import { roleFromClaim } from './role-mapping';
import { type SsoRefusalReason, SsoSignInError } from './sso-errors';
import { SsoIdentityEntity } from './sso-identity.entity';
import { SsoSessionEntity } from './sso-session.entity';
import { type SsoSettings, ssoSettingsOf } from './sso-settings';
import { decodeTransaction, encodeTransaction, SSO_TRANSACTION_MS, type SsoTransaction } from './sso-transaction';

/**
 * Stored instead of a password hash for users who sign in by single sign-on: no argon2 hash, so
 * no password matches it and the provider alone decides who they are (deprovisioning there works).
 */
export const SSO_ONLY_PASSWORD = '!sso-only';

export const SSO_CALLBACK_PATH = '/api/auth/sso/callback';

/** Where to go after signing in: only same-app paths (as the web app's safeNextPath). */
export function safeNextPath(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/login') || next.startsWith('/api/') || next.length > 2000) return '/';
  return next;
}

interface Outcome {
  user?: UserEntity;
  refused?: { reason: SsoRefusalReason; message: string };
}

/**
 * Single sign-on with OpenID Connect: who the provider says the user is, which role their groups
 * give, and a Lekwacht session opened the same way as after a password login.
 */
@Injectable()
export class SsoService {
  readonly settings: SsoSettings | null;
  private readonly client: OidcClient | null;

  constructor(
    private readonly config: AppConfig,
    private readonly signingKey: SigningKey,
    private readonly sessions: SessionsService,
    private readonly uow: UnitOfWork,
    @InjectRepository(SsoSessionEntity) private readonly ssoSessions: Repository<SsoSessionEntity>,
  ) {
    this.settings = ssoSettingsOf(config.env);
    this.client = this.settings ? new OidcClient(this.settings, `${config.publicUrl}${SSO_CALLBACK_PATH}`) : null;
  }

  get localLogin(): boolean {
    return this.config.env.LOCAL_LOGIN;
  }

  private enabled(): { settings: SsoSettings; client: OidcClient } {
    if (!this.settings || !this.client) throw new NotFoundError('single sign-on (not configured)');
    return { settings: this.settings, client: this.client };
  }

  /** The provider's authorization URL and the signed cookie that must come back with the answer. */
  async begin(next: unknown): Promise<{ url: string; cookie: string }> {
    const { client } = this.enabled();
    const tx: SsoTransaction = {
      state: randomToken(),
      nonce: randomToken(),
      codeVerifier: randomToken(),
      next: safeNextPath(next),
      expiresAt: Date.now() + SSO_TRANSACTION_MS,
    };
    const url = await client.authorizationUrl(tx);
    return { url, cookie: await encodeTransaction(tx, this.signingKey) };
  }

  /**
   * Verifies the provider's answer against the transaction cookie, then finds (or creates) the
   * user, sets their role from the claim and opens a session. A user whose groups no longer map
   * to a role is refused and loses every session they still had.
   */
  async complete(
    callbackUrl: URL,
    cookie: unknown,
    userAgent?: string,
  ): Promise<{ user: UserEntity; token: string; csrfToken: string; next: string }> {
    const { settings, client } = this.enabled();
    const tx = await decodeTransaction(cookie, this.signingKey);
    if (!tx) {
      throw new SsoSignInError('expired', 'the sign-in was not started in this browser or took too long; start again');
    }
    const signIn = await client.verify(callbackUrl, tx);
    const role = roleFromClaim(signIn.roleClaim, settings.roleMap);
    const label = signIn.email ?? `${settings.issuer}#${signIn.subject}`;
    const outcome = await this.uow.run({ id: null, label: `sso:${label}` }, (t) =>
      this.resolveUser(t, settings, signIn, role),
    );
    if (outcome.refused || !outcome.user) {
      const refused = outcome.refused ?? { reason: 'unknown_user' as const, message: 'no user' };
      throw new SsoSignInError(refused.reason, refused.message);
    }
    const user = outcome.user;
    // the same session as after a password login (cookies, CSRF token, absolute lifetime)
    const session = await this.sessions.create(user.id, userAgent);
    const sessionId = (await this.sessions.resolve(session.token))?.sessionId;
    await this.uow.run({ id: user.id, label: user.email }, async (t) => {
      if (sessionId) await t.manager.insert(SsoSessionEntity, { sessionId, idToken: signIn.idToken });
      t.audit({
        action: 'auth.sso_login',
        entityType: 'user',
        entityId: user.id,
        after: { issuer: settings.issuer, subject: signIn.subject, role: user.role },
      });
    });
    return { user, ...session, next: tx.next };
  }

  private async resolveUser(
    t: Transaction,
    settings: SsoSettings,
    signIn: VerifiedSignIn,
    role: UserRole | null,
  ): Promise<Outcome> {
    const m = t.manager;
    const identity = await m.findOneBy(SsoIdentityEntity, { issuer: settings.issuer, subject: signIn.subject });
    let user = identity
      ? await m.findOne(UserEntity, { where: { id: identity.userId }, lock: { mode: 'pessimistic_write' } })
      : null;
    /** Refused and audited; `revokeFrom`: the user whose sessions end too (they lost their access). */
    const refuse = async (
      reason: SsoRefusalReason,
      message: string,
      who?: UserEntity | null,
      revokeFrom = who,
    ): Promise<Outcome> => {
      const revoked = revokeFrom ? await this.sessions.revokeEveryLiveOf(m, revokeFrom.id) : 0;
      t.audit({
        action: 'auth.sso_refused',
        entityType: who ? 'user' : 'sso_identity',
        entityId: who?.id ?? `${settings.issuer}#${signIn.subject}`,
        after: {
          reason,
          email: signIn.email,
          subject: signIn.subject,
          ...(revokeFrom ? { revokedSessions: revoked } : {}),
        },
      });
      return { refused: { reason, message } };
    };

    if (!user) {
      if (!signIn.email) return refuse('no_email', 'the provider sent no e-mail address');
      // Linking an existing account by e-mail trusts the provider's word that the address is theirs.
      if (signIn.emailVerified === false)
        return refuse('email_unverified', 'the provider has not verified this e-mail address');
      user = await m.findOne(UserEntity, { where: { email: signIn.email }, lock: { mode: 'pessimistic_write' } });
      if (user && (await m.existsBy(SsoIdentityEntity, { userId: user.id, issuer: settings.issuer }))) {
        // another account at the provider claims this address: not theirs to end this user's sessions
        return refuse('already_linked', 'this e-mail address is linked to another account at the provider', user, null);
      }
    }
    if (!role) {
      return refuse('no_role', `no group in the ${settings.roleClaim} claim gives access to Lekwacht`, user);
    }
    if (user && !user.active) return refuse('deactivated', 'this account is deactivated in Lekwacht', user);
    if (!user) {
      if (!settings.jitUsers) return refuse('unknown_user', 'there is no Lekwacht account for this e-mail address');
      user = await this.createUser(t, signIn, role);
    }
    if (!identity) await this.link(t, settings, signIn, user);
    else
      await m.update(
        SsoIdentityEntity,
        { issuer: settings.issuer, subject: signIn.subject },
        { lastLoginAt: new Date() },
      );
    if (user.role !== role) await this.changeRole(t, user, role);
    return { user };
  }

  private async createUser(t: Transaction, signIn: VerifiedSignIn, role: UserRole): Promise<UserEntity> {
    const user = t.manager.create(UserEntity, {
      email: signIn.email!,
      name: signIn.name || signIn.email!,
      role,
      language: 'nl',
      passwordHash: SSO_ONLY_PASSWORD,
      active: true,
    });
    await t.manager.save(user);
    t.audit({
      action: 'user.created',
      entityType: 'user',
      entityId: user.id,
      after: { ...toUserDto(user), via: 'sso' },
    });
    return user;
  }

  /** The first single sign-on of a user: remember the subject; the local password stops working. */
  private async link(t: Transaction, settings: SsoSettings, signIn: VerifiedSignIn, user: UserEntity): Promise<void> {
    const now = new Date();
    await t.manager.insert(SsoIdentityEntity, {
      issuer: settings.issuer,
      subject: signIn.subject,
      userId: user.id,
      lastLoginAt: now,
    });
    await t.manager.update(UserEntity, { id: user.id }, { passwordHash: SSO_ONLY_PASSWORD });
    t.audit({
      action: 'auth.sso_linked',
      entityType: 'user',
      entityId: user.id,
      after: { issuer: settings.issuer, subject: signIn.subject, localPassword: 'disabled' },
    });
  }

  /** The provider's groups decide the role at every sign-in; a change ends the user's other sessions. */
  private async changeRole(t: Transaction, user: UserEntity, role: UserRole): Promise<void> {
    const before = toUserDto(user);
    user.role = role;
    await t.manager.update(UserEntity, { id: user.id }, { role });
    const revoked = await this.sessions.revokeEveryLiveOf(t.manager, user.id);
    t.audit({
      action: 'user.role_from_sso',
      entityType: 'user',
      entityId: user.id,
      before,
      after: { ...toUserDto(user), revokedSessions: revoked },
    });
  }

  /**
   * Ends the local session; for one opened by single sign-on also the provider's session
   * (RP-initiated logout): the URL to send the browser to, or null.
   */
  async logout(sessionId: string, token: string): Promise<string | null> {
    const sso = await this.ssoSessions.findOneBy({ sessionId });
    await this.sessions.revoke(token);
    if (!sso) return null;
    // the ID token is only needed for this logout: not kept longer than that
    await this.ssoSessions.delete({ sessionId });
    if (!this.client) return null;
    return this.client.endSessionUrl(sso.idToken, `${this.config.publicUrl}/login`);
  }
}
