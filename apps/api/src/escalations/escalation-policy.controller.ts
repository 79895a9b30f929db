import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBody, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DEFAULT_ESCALATION_POLICY } from '@lekwacht/domain';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { actorOf, type SessionUser } from '../auth/session-user';
import type { EscalationSettings } from './escalation-settings';
import { EscalationPolicyService } from './escalation-policy.service';
import { EscalationPolicyDto, ManagementMailboxDto } from './escalation-policy.dto';

export class ApprovalEscalationDto {
  @ApiProperty({ description: 'hours after submission for approval before managers are reminded', example: 4 })
  afterHours!: number;
  @ApiProperty({ description: 'hours between further reminders while it still waits', example: 4 })
  everyHours!: number;
}

export class EscalationSettingsDto {
  @ApiProperty({
    type: EscalationPolicyDto,
    description:
      '{ acknowledgementTimeoutHours, steps: [{ id, trigger: { type: before_due | after_due_every, hours }, recipients }] }',
  })
  policy!: Record<string, unknown>;
  @ApiProperty({ type: ManagementMailboxDto, nullable: true, description: '{ name, email } or null' })
  managementMailbox!: { name: string; email: string } | null;
  @ApiProperty({
    required: false,
    type: ApprovalEscalationDto,
    description: 'reminders to managers while an AP notification waits for approval (default 4 and 4)',
  })
  approvalEscalation?: ApprovalEscalationDto;
  @ApiProperty({
    required: false,
    description: 'a recipient gets at most one escalation mail per this many minutes (0–1440, default 15)',
    example: 15,
  })
  digestIntervalMinutes?: number;
  @ApiProperty({ type: EscalationPolicyDto, description: 'The built-in default policy' })
  defaultPolicy?: Record<string, unknown>;
}

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
  @ApiBody({ type: EscalationSettingsDto })
  async put(@CurrentUser() user: SessionUser, @Body() body: unknown): Promise<EscalationSettingsDto> {
    return toDto(await this.settings.replace(actorOf(user), body));
  }
}

function toDto(settings: EscalationSettings): EscalationSettingsDto {
  return {
    ...settings,
    policy: settings.policy as unknown as Record<string, unknown>,
    defaultPolicy: DEFAULT_ESCALATION_POLICY as unknown as Record<string, unknown>,
  };
}
