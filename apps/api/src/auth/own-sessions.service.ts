import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work';
import { NotFoundError } from '../errors/domain-errors';
import type { SessionDto } from './session.dto';
import { actorOf, type SessionUser } from './session-user';
import { SessionsService } from './sessions.service';

/** The signed-in user's own sessions (issue #17 point 5): list them, end one, or end all; endings are audited. */
@Injectable()
export class OwnSessionsService {
  constructor(
    private readonly sessions: SessionsService,
    private readonly uow: UnitOfWork,
  ) {}

  /** The sessions that still work, most recently used first; `current` marks the one asking. */
  async list(user: SessionUser): Promise<SessionDto[]> {
    const rows = await this.sessions.liveSessionsOf(user.id);
    return rows.map((s) => ({
      id: s.id,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      expiresAt: this.sessions.expiresAt(s).toISOString(),
      userAgent: s.userAgent,
      current: s.id === user.sessionId,
    }));
  }

  /** Ends one of the user's own sessions; 404 when it is not theirs or has ended already. */
  async end(user: SessionUser, sessionId: string): Promise<void> {
    await this.uow.run(actorOf(user), async (tx) => {
      if (!(await this.sessions.revokeOwn(tx.manager, user.id, sessionId)))
        throw new NotFoundError('session', sessionId);
      tx.audit({ action: 'session.revoked', entityType: 'user', entityId: user.id, after: { sessionId } });
    });
  }

  /** "Sign out everywhere": every session of the user ends; returns how many still worked. */
  endAll(user: SessionUser): Promise<number> {
    return this.uow.run(actorOf(user), async (tx) => {
      const count = await this.sessions.revokeEveryLiveOf(tx.manager, user.id);
      tx.audit({ action: 'session.logout_everywhere', entityType: 'user', entityId: user.id, after: { ended: count } });
      return count;
    });
  }
}
