import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { UnitOfWork } from '../database/unit-of-work';
import { NotFoundError } from '../errors/domain-errors';
import { CurrentUser } from './auth.decorators';
import { LogoutEverywhereResultDto, SessionDto } from './session.dto';
import { actorOf, clearSessionCookies, type SessionUser } from './session-user';
import { SessionsService } from './sessions.service';

/** The signed-in user's own sessions: list them, end one, or end all (issue #17 point 5). */
@ApiTags('auth')
@Controller('auth')
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly uow: UnitOfWork,
  ) {}

  @Get('sessions')
  async list(@CurrentUser() user: SessionUser): Promise<SessionDto[]> {
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

  /** Ends one of the user's own sessions (this one too: then the user is signed out here). */
  @Delete('sessions/:id')
  @HttpCode(204)
  async revoke(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.uow.run(actorOf(user), async (tx) => {
      if (!(await this.sessions.revokeOwn(tx.manager, user.id, id))) throw new NotFoundError('session', id);
      tx.audit({ action: 'session.revoked', entityType: 'user', entityId: user.id, after: { sessionId: id } });
    });
    if (id === user.sessionId) clearSessionCookies(res);
  }

  /** "Sign out everywhere": every session of this user ends, this one included. */
  @Post('logout-everywhere')
  @HttpCode(200)
  async logoutEverywhere(
    @CurrentUser() user: SessionUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LogoutEverywhereResultDto> {
    const ended = await this.uow.run(actorOf(user), async (tx) => {
      const count = await this.sessions.revokeEveryLiveOf(tx.manager, user.id);
      tx.audit({ action: 'session.logout_everywhere', entityType: 'user', entityId: user.id, after: { ended: count } });
      return count;
    });
    clearSessionCookies(res);
    return { ended };
  }
}
