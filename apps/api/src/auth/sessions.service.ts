import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, IsNull, type Repository } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { issueToken, randomToken, sha256Hex } from '../security/tokens';
import { SessionCache } from './session-cache';
import { SessionEntity } from './session.entity';
import type { SessionUser } from './session-user';

export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
// Writing last_seen_at on every request would make each GET a write; a minute is precise enough.
const TOUCH_AFTER_MS = 60 * 1000;

interface ResolvedSessionRow {
  token_hash: string;
  session_id: string;
  csrf_token: string;
  created_at: Date | string;
  last_seen_at: Date | string;
  mfa_enrolment_only: boolean;
  id: string;
  email: string;
  name: string;
  role: SessionUser['role'];
  language: SessionUser['language'];
}

@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly config: AppConfig,
    private readonly cache: SessionCache<ResolvedSessionRow>,
  ) {}

  /** Absolute lifetime (SESSION_MAX_HOURS): a session ends this long after login, however active. */
  get maxAgeMs(): number {
    return this.config.env.SESSION_MAX_HOURS * 3_600_000;
  }

  /**
   * A new session. `mfaEnrolmentOnly`: the user's role requires a second factor they have not set
   * up yet, so the session may only enrol (AuthGuard).
   */
  async create(
    userId: string,
    userAgent?: string,
    options: { mfaEnrolmentOnly?: boolean } = {},
  ): Promise<{ token: string; csrfToken: string }> {
    const { token, hash } = issueToken();
    const csrfToken = randomToken(24);
    await this.sessions.insert({
      tokenHash: hash,
      userId,
      csrfToken,
      lastSeenAt: new Date(),
      revokedAt: null,
      userAgent: userAgent?.slice(0, 300) || null,
      mfaEnrolmentOnly: options.mfaEnrolmentOnly ?? false,
    });
    return { token, csrfToken };
  }

  /**
   * The session's user, or null when unknown, revoked, idle too long or the user is inactive.
   * One query for session and user, and none while the session cache remembers it (issue #19);
   * revocation and deactivation still count at once (session-cache.ts).
   */
  async resolve(token: string, now = new Date()): Promise<SessionUser | null> {
    const tokenHash = sha256Hex(token);
    let row = this.cache.get(tokenHash, now.getTime());
    if (!row) {
      const mark = this.cache.mark();
      row = (
        (await this.sessions.query(
          `SELECT s.token_hash, s.id AS session_id, s.csrf_token, s.created_at, s.last_seen_at, s.mfa_enrolment_only,
                  u.id, u.email, u.name, u.role, u.language
             FROM sessions s JOIN users u ON u.id = s.user_id AND u.active
            WHERE s.token_hash = $1 AND s.revoked_at IS NULL`,
          [tokenHash],
        )) as ResolvedSessionRow[]
      )[0];
      if (!row) return null;
      this.cache.set(tokenHash, row, mark, now.getTime());
    }
    const session = { createdAt: new Date(row.created_at), lastSeenAt: new Date(row.last_seen_at) };
    if (!this.isLive(session, now)) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
      await this.sessions.update({ tokenHash: row.token_hash }, { lastSeenAt: now });
      row.last_seen_at = now;
    }
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      language: row.language,
      csrfToken: row.csrf_token,
      sessionId: row.session_id,
      mfaEnrolmentOnly: row.mfa_enrolment_only,
    };
  }

  /** Neither idle too long nor past its absolute lifetime (revocation is checked by the caller). */
  isLive(session: Pick<SessionEntity, 'createdAt' | 'lastSeenAt'>, now = new Date()): boolean {
    return (
      now.getTime() - session.lastSeenAt.getTime() <= SESSION_IDLE_MS &&
      now.getTime() - session.createdAt.getTime() <= this.maxAgeMs
    );
  }

  /** A user's sessions that still work, most recently used first. */
  async liveSessionsOf(userId: string, now = new Date()): Promise<SessionEntity[]> {
    const rows = await this.sessions.find({
      where: { userId, revokedAt: IsNull() },
      order: { lastSeenAt: 'DESC' },
    });
    return rows.filter((s) => this.isLive(s, now));
  }

  /**
   * Ends one of the user's own sessions; false when it is not theirs or already ended. Inside the
   * caller's transaction (`m`): with one database connection (embedded) a second one would wait
   * for ever.
   */
  async revokeOwn(m: EntityManager, userId: string, sessionId: string): Promise<boolean> {
    const result = await m.update(
      SessionEntity,
      { id: sessionId, userId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    return (result.affected ?? 0) > 0;
  }

  /**
   * "Sign out everywhere": ends every session of the user, in the caller's transaction; returns
   * how many of them still worked (the ones the user could see in their list), not the idle ones
   * that had ended by themselves.
   */
  async revokeEveryLiveOf(m: EntityManager, userId: string, now = new Date()): Promise<number> {
    const open = await m.find(SessionEntity, { where: { userId, revokedAt: IsNull() } });
    await m.update(SessionEntity, { userId, revokedAt: IsNull() }, { revokedAt: now });
    return open.filter((s) => this.isLive(s, now)).length;
  }

  /** When the session ends unless used again: the earlier of the idle timeout and the absolute lifetime. */
  expiresAt(session: SessionEntity): Date {
    return new Date(
      Math.min(session.lastSeenAt.getTime() + SESSION_IDLE_MS, session.createdAt.getTime() + this.maxAgeMs),
    );
  }

  async revoke(token: string): Promise<void> {
    await this.sessions.update({ tokenHash: sha256Hex(token) }, { revokedAt: new Date() });
    this.cache.invalidateAll();
  }

  /** Ends every other session of the user (after a password change), in the caller's transaction. */
  async revokeOthersOf(m: EntityManager, userId: string, keepSessionId: string): Promise<void> {
    await m
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: new Date() })
      .where('user_id = :userId AND revoked_at IS NULL AND id <> :keep', { userId, keep: keepSessionId })
      .execute();
  }

  async revokeAllOf(userId: string): Promise<void> {
    await this.sessions.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.cache.invalidateAll();
  }
}
