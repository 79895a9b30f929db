import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { AppConfig } from '../config/app-config';
import { EscalationDto, EscalationQuery } from './escalation.dto';
import { EscalationsService } from './escalations.service';

@ApiTags('escalations')
@Controller('escalations')
export class EscalationsController {
  constructor(
    private readonly escalations: EscalationsService,
    private readonly config: AppConfig,
  ) {}

  @Roles('officer', 'manager')
  @Get()
  list(@Query() query: EscalationQuery): Promise<EscalationDto[]> {
    return this.escalations.forBreach(query.breachId);
  }

  @Roles('officer', 'manager')
  @Post(':id/acknowledge')
  @HttpCode(200)
  acknowledge(@CurrentUser() user: SessionUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<EscalationDto> {
    return this.escalations.acknowledgeAsUser(user, id);
  }

  /** One-click acknowledgement from the mail; then on to the breach page. */
  @Public()
  @Get(':id/acknowledge')
  async acknowledgeByLink(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('sig') sig: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const e = await this.escalations.acknowledgeByLink(id, sig ?? '');
    res.redirect(303, `${this.config.publicUrl}/breaches/${e.breachId}?acknowledged=${e.id}`);
  }
}
