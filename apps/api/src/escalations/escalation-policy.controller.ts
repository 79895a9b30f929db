import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBody, ApiProperty, ApiTags } from '@nestjs/swagger';
import {
  DEFAULT_APPROVAL_ESCALATION,
  DEFAULT_ESCALATION_POLICY,
  validateApprovalEscalation,
  validateDigestInterval,
  validateEscalationPolicy,
} from '@lekwacht/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { actorOf, type SessionUser } from '../auth/session-user';
import { UnitOfWork } from '../database/unit-of-work';
import { InvalidInputError } from '../errors/domain-errors';
import { ESCALATION_SETTINGS_KEY, type EscalationSettings, readEscalationSettings } from './escalation-settings';

export class ApprovalEscalationDto {
  @ApiProperty({ description: 'hours after submission for approval before managers are reminded', example: 4 })
  afterHours!: number;
  @ApiProperty({ description: 'hours between further reminders while it still waits', example: 4 })
  everyHours!: number;
}

export class EscalationSettingsDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      '{ acknowledgementTimeoutHours, steps: [{ id, trigger: { type: before_due | after_due_every, hours }, recipients }] }',
  })
  policy!: Record<string, unknown>;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, description: '{ name, email } or null' })
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
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The built-in default policy' })
  defaultPolicy?: Record<string, unknown>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Validates the whole body with the domain's policy validator; messages name the field. */
function parseSettings(body: unknown, current: EscalationSettings): EscalationSettings {
  const errors: string[] = [];
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new InvalidInputError(['body must be an object']);
  const { policy, managementMailbox, approvalEscalation, digestIntervalMinutes, ...rest } = body as Record<
    string,
    unknown
  >;
  for (const key of Object.keys(rest)) errors.push(`property ${key} should not exist`);
  const result = validateEscalationPolicy(policy);
  if (!result.ok) errors.push(...result.errors.map((e) => `policy.${e}`));
  let mailbox: EscalationSettings['managementMailbox'] = null;
  if (managementMailbox !== null && managementMailbox !== undefined) {
    const m = managementMailbox as Record<string, unknown>;
    if (typeof m !== 'object' || typeof m['name'] !== 'string' || !m['name'].trim())
      errors.push('managementMailbox.name must be a non-empty string');
    if (typeof m['email'] !== 'string' || !EMAIL.test(m['email']))
      errors.push('managementMailbox.email must be an email');
    if (errors.length === 0) mailbox = { name: String(m['name']).trim(), email: String(m['email']).toLowerCase() };
  }
  const approval =
    approvalEscalation === undefined
      ? { ok: true as const, value: DEFAULT_APPROVAL_ESCALATION }
      : validateApprovalEscalation(approvalEscalation);
  if (!approval.ok) errors.push(...approval.errors);
  // Left out, the interval in force stays (clients written before it existed keep working).
  const digest =
    digestIntervalMinutes === undefined
      ? { ok: true as const, value: current.digestIntervalMinutes }
      : validateDigestInterval(digestIntervalMinutes);
  if (!digest.ok) errors.push(...digest.errors);
  if (errors.length > 0 || !result.ok || !approval.ok || !digest.ok) throw new InvalidInputError(errors);
  return {
    policy: result.policy,
    managementMailbox: mailbox,
    approvalEscalation: approval.value,
    digestIntervalMinutes: digest.value,
  };
}

/** The policy in force for new breaches; running breaches keep their snapshot. */
@ApiTags('escalations')
@Controller('escalation-policy')
export class EscalationPolicyController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  @Roles('admin', 'officer', 'manager')
  @Get()
  async get(): Promise<EscalationSettingsDto> {
    const settings = await readEscalationSettings(this.dataSource.manager);
    return {
      ...settings,
      policy: settings.policy as unknown as Record<string, unknown>,
      defaultPolicy: DEFAULT_ESCALATION_POLICY as unknown as Record<string, unknown>,
    };
  }

  @Roles('admin')
  @Put()
  @ApiBody({ type: EscalationSettingsDto })
  async put(@CurrentUser() user: SessionUser, @Body() body: unknown): Promise<EscalationSettingsDto> {
    await this.uow.run(actorOf(user), async (tx) => {
      const before = await readEscalationSettings(tx.manager);
      const settings = parseSettings(body, before);
      await tx.manager.query(
        `INSERT INTO app_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
        [ESCALATION_SETTINGS_KEY, JSON.stringify(settings)],
      );
      tx.audit({
        action: 'escalation_policy.updated',
        entityType: 'escalation_policy',
        entityId: ESCALATION_SETTINGS_KEY,
        before,
        after: settings,
      });
    });
    return this.get();
  }
}
