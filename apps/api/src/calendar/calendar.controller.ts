import { Controller, Get, Header, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Public } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarTokensService } from './calendar-tokens.service';

export class CalendarUrlDto {
  /** The personal iCalendar feed; anyone holding it can read the deadlines, so keep it private. */
  url!: string;
}

@ApiTags('auth')
@Controller('auth/calendar-url')
export class CalendarUrlController {
  constructor(private readonly tokens: CalendarTokensService) {}

  @Get()
  async get(@CurrentUser() user: SessionUser): Promise<CalendarUrlDto> {
    return { url: await this.tokens.urlFor(user) };
  }

  /** Revokes the current link and issues a new one. */
  @Post('rotate')
  @HttpCode(200)
  async rotate(@CurrentUser() user: SessionUser): Promise<CalendarUrlDto> {
    return { url: await this.tokens.rotate(user) };
  }
}

@ApiTags('calendar')
@Controller('calendar')
export class CalendarFeedController {
  constructor(private readonly feed: CalendarFeedService) {}

  /** One event per open obligation deadline, rendered on every request (live). */
  @Public()
  @Get(':token.ics')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'iCalendar (RFC 5545)', content: { 'text/calendar': { schema: { type: 'string' } } } })
  @ApiNotFoundResponse({ description: 'unknown or revoked link' })
  @Header('Cache-Control', 'private, no-store')
  @Header('Referrer-Policy', 'no-referrer')
  async ics(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const body = await this.feed.forToken(token);
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', 'inline; filename="lekwacht.ics"');
    res.send(body);
  }
}
