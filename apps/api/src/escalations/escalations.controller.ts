import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import { ApiNotFoundResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators';
import { SESSION_COOKIE, type SessionUser } from '../auth/session-user';
import { SessionsService } from '../auth/sessions.service';
import { AppConfig } from '../config/app-config';
import {
  AcknowledgeWithCodeDto,
  EscalationDto,
  EscalationPageDto,
  EscalationPageQuery,
  EscalationQuery,
} from './escalation.dto';
import { EscalationsService } from './escalations.service';

@ApiTags('escalations')
@Controller('escalations')
export class EscalationsController {
  constructor(private readonly escalations: EscalationsService) {}

  @Roles('officer', 'manager')
  @Get()
  list(@Query() query: EscalationQuery): Promise<EscalationDto[]> {
    return this.escalations.forBreach(query.breachId);
  }

  /** A deliberate acknowledgement by a logged-in recipient (the page's button); records which one. */
  @Roles('officer', 'manager')
  @Post(':id/acknowledge')
  @HttpCode(200)
  acknowledge(@CurrentUser() user: SessionUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<EscalationDto> {
    return this.escalations.acknowledgeAsUser(user, id);
  }
}

/**
 * What the mail links to. Public, rate-limited per address: the recipient's link token (or their
 * session) is the credential. GET and HEAD never change anything, because mail scanners open
 * links; acknowledging is a POST from the page.
 */
@ApiTags('escalations')
@Controller('escalations')
@UseGuards(ThrottlerGuard)
@SkipThrottle({ login: true })
@ApiTooManyRequestsResponse({ description: 'more than PORTAL_RATE_LIMIT requests a minute from one address' })
export class EscalationLinkController {
  constructor(
    private readonly escalations: EscalationsService,
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Get(':id/page')
  @Header('Cache-Control', 'private, no-store')
  @Header('Referrer-Policy', 'no-referrer')
  @ApiNotFoundResponse({ description: 'unknown escalation or link token' })
  async page(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: EscalationPageQuery,
    @Req() req: Request,
  ): Promise<EscalationPageDto> {
    const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const user = cookie ? await this.sessions.resolve(cookie) : null;
    return this.escalations.page(id, query.r, user);
  }

  /** For a recipient without an account: the one-time code from their mail, once. */
  @Public()
  @Post(':id/acknowledge-with-code')
  @HttpCode(200)
  acknowledgeWithCode(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: AcknowledgeWithCodeDto,
  ): Promise<EscalationDto> {
    return this.escalations.acknowledgeWithCode(id, body.r, body.code);
  }

  /** Links in mails sent before the page existed: on to the page, acknowledging nothing. */
  @Public()
  @Get(':id/acknowledge')
  legacyLink(@Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response): void {
    res.redirect(303, `${this.config.publicUrl}/escalations/${id}`);
  }
}
