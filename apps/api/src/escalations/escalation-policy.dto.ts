import {
  type ApprovalEscalationPolicy,
  ESCALATION_TRIGGER_TYPES,
  type EscalationPolicy,
  type EscalationStep,
  type EscalationTriggerType,
  MAX_ESCALATION_HOURS,
  MAX_ESCALATION_STEPS,
  MAX_STEP_RECIPIENTS,
  MIN_ACKNOWLEDGEMENT_TIMEOUT_HOURS,
  RECIPIENT_ROLES,
  type ManagementMailbox,
  type RecipientSpec,
  validateApprovalEscalation,
  validateDigestInterval,
  validateEscalationPolicy,
  validateManagementMailbox,
} from '@lekwacht/domain';
import { ApiProperty } from '@nestjs/swagger';
import { ValidateIf } from 'class-validator';
import { CheckedByDomain, messagesOf } from '../http/validation.decorators';

/*
 * The shapes of the escalation settings for the OpenAPI document (issue #20 point 1). The nested
 * classes describe; the body of PUT /api/escalation-policy is checked field by field with the
 * domain's validators (libs/domain), whose messages name the field and the rule.
 */

export class EscalationTriggerDto {
  /** `before_due`: once, `hours` before the due time; `after_due_every`: at the due time, then every `hours` while open. */
  @ApiProperty({ enum: ESCALATION_TRIGGER_TYPES })
  type!: EscalationTriggerType;

  /** Positive, at most 720; at least 1 for `after_due_every`. */
  @ApiProperty({ maximum: MAX_ESCALATION_HOURS, example: 24 })
  hours!: number;
}

export class EscalationStepDto implements EscalationStep {
  /** Stable across policy edits: 1–64 lowercase letters, digits or hyphens, starting with a letter or digit. */
  @ApiProperty({ example: 'management-4h' })
  id!: string;

  @ApiProperty({ type: EscalationTriggerDto })
  trigger!: EscalationTriggerDto;

  @ApiProperty({
    type: 'array',
    minItems: 1,
    maxItems: MAX_STEP_RECIPIENTS,
    items: {
      oneOf: [
        { type: 'string', enum: [...RECIPIENT_ROLES] },
        { type: 'object', properties: { userId: { type: 'string' } }, required: ['userId'] },
      ],
    },
    description:
      "officer, contact_person (the breach's named contact person), management (directie), or { userId } for one user",
  })
  recipients!: readonly RecipientSpec[];
}

export class EscalationPolicyDto implements EscalationPolicy {
  /** How long a contact person has to acknowledge before management is escalated to (hours). */
  @ApiProperty({ minimum: MIN_ACKNOWLEDGEMENT_TIMEOUT_HOURS, maximum: MAX_ESCALATION_HOURS, example: 2 })
  acknowledgementTimeoutHours!: number;

  @ApiProperty({ type: [EscalationStepDto], minItems: 1, maxItems: MAX_ESCALATION_STEPS })
  steps!: readonly EscalationStepDto[];
}

/** A shared management mailbox that receives every management escalation besides the managers. */
export class ManagementMailboxDto implements ManagementMailbox {
  @ApiProperty({ example: 'Directie' })
  name!: string;

  @ApiProperty({ example: 'directie@example.nl' })
  email!: string;
}

export class ApprovalEscalationDto implements ApprovalEscalationPolicy {
  @ApiProperty({ description: 'hours after submission for approval before managers are reminded', example: 4 })
  afterHours!: number;
  @ApiProperty({ description: 'hours between further reminders while it still waits', example: 4 })
  everyHours!: number;
}

/** What an admin saves (PUT /api/escalation-policy); each field is checked by its validator in libs/domain. */
export class EscalationSettingsInputDto {
  @ApiProperty({
    type: EscalationPolicyDto,
    description:
      '{ acknowledgementTimeoutHours, steps: [{ id, trigger: { type: before_due | after_due_every, hours }, recipients }] }',
  })
  @CheckedByDomain((value) => messagesOf(validateEscalationPolicy(value)).map((m) => `policy.${m}`))
  policy!: EscalationPolicyDto;

  @ApiProperty({ type: ManagementMailboxDto, nullable: true, description: '{ name, email } or null' })
  @CheckedByDomain((value) => messagesOf(validateManagementMailbox(value)))
  managementMailbox!: ManagementMailboxDto | null;

  @ApiProperty({
    required: false,
    type: ApprovalEscalationDto,
    description: 'reminders to managers while an AP notification waits for approval (default 4 and 4)',
  })
  @ValidateIf((_, value) => value !== undefined)
  @CheckedByDomain((value) => messagesOf(validateApprovalEscalation(value)))
  approvalEscalation?: ApprovalEscalationDto;

  @ApiProperty({
    required: false,
    description: 'a recipient gets at most one escalation mail per this many minutes (0–1440, default 15)',
    example: 15,
  })
  @ValidateIf((_, value) => value !== undefined)
  @CheckedByDomain((value) => messagesOf(validateDigestInterval(value)))
  digestIntervalMinutes?: number;
}

/** The settings in force, with the built-in default policy beside them (which a PUT refuses to take). */
export class EscalationSettingsDto extends EscalationSettingsInputDto {
  @ApiProperty({ type: EscalationPolicyDto, description: 'The built-in default policy' })
  defaultPolicy!: EscalationPolicyDto;
}
