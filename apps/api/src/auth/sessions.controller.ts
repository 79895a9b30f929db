import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser } from './auth.decorators';
import { OwnSessionsService } from './own-sessions.service';
import { LogoutEverywhereResultDto, SessionDto } from './session.dto';
import { clearSessionCookies, type SessionUser } from './session-user';

/** The signed-in user's own sessions: list them, end one, or end all (issue #17 point 5). */
@ApiTags('auth')
@Controller('auth')
export class SessionsController {
  constructor(private readonly sessions: OwnSessionsService) {}

  @Get('sessions')
  list(@CurrentUser() user: SessionUser): Promise<SessionDto[]> {
    return this.sessions.list(user);
  }

  /** Ends one of the user's own sessions (this one too: then the user is signed out here). */
  @Delete('sessions/:id')
  @HttpCode(204)
  async revoke(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.sessions.end(user, id);
    if (id === user.sessionId) clearSessionCookies(res);
  }

  /** "Sign out everywhere": every session of this user ends, this one included. */
  @Post('logout-everywhere')
  @HttpCode(200)
  async logoutEverywhere(
    @CurrentUser() user: SessionUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LogoutEverywhereResultDto> {
    const ended = await this.sessions.endAll(user);
    clearSessionCookies(res);
    return { ended };
  }
}
