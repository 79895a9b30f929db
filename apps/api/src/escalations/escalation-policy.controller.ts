import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DEFAULT_ESCALATION_POLICY } from '@lekwacht/domain';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { actorOf, type SessionUser } from '../auth/session-user';
import type { EscalationSettings } from './escalation-settings';
import { EscalationPolicyService } from './escalation-policy.service';
import { EscalationSettingsDto, EscalationSettingsInputDto } from './escalation-policy.dto';

/** The policy in force for new breaches; running breaches keep their snapshot. */
@ApiTags('escalations')
@Controller('escalation-policy')
export class EscalationPolicyController {
  constructor(private readonly settings: EscalationPolicyService) {}

  @Roles('admin', 'officer', 'manager')
  @Get()
  async get(): Promise<EscalationSettingsDto> {
    return toDto(await this.settings.current());
  }

  @Roles('admin')
  @Put()
  async put(
    @CurrentUser() user: SessionUser,
    @Body() body: EscalationSettingsInputDto,
  ): Promise<EscalationSettingsDto> {
    return toDto(await this.settings.replace(actorOf(user), body));
  }
}

function toDto(settings: EscalationSettings): EscalationSettingsDto {
  return { ...settings, defaultPolicy: DEFAULT_ESCALATION_POLICY };
}
