import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { IsNull, type Repository } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { SessionEntity } from './session.entity';
import type { SessionUser } from './session-user';

export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
// Writing last_seen_at on every request would make each GET a write; a minute is precise enough.
const TOUCH_AFTER_MS = 60 * 1000;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
  ) {}

  async create(userId: string): Promise<{ token: string; csrfToken: string }> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    await this.sessions.insert({
      tokenHash: sha256(token),
      userId,
      csrfToken,
      lastSeenAt: new Date(),
      revokedAt: null,
    });
    return { token, csrfToken };
  }

  /** The session's user, or null when unknown, revoked, idle too long or the user is inactive. */
  async resolve(token: string, now = new Date()): Promise<SessionUser | null> {
    const session = await this.sessions.findOneBy({ tokenHash: sha256(token), revokedAt: IsNull() });
    if (!session) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS) return null;
    const user = await this.users.findOneBy({ id: session.userId, active: true });
    if (!user) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
      await this.sessions.update({ tokenHash: session.tokenHash }, { lastSeenAt: now });
    }
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      language: user.language,
      csrfToken: session.csrfToken,
    };
  }

  async revoke(token: string): Promise<void> {
    await this.sessions.update({ tokenHash: sha256(token) }, { revokedAt: new Date() });
  }

  async revokeAllOf(userId: string): Promise<void> {
    await this.sessions.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
