import {
  ESCALATION_TRIGGER_TYPES,
  type EscalationPolicy,
  type EscalationStep,
  type EscalationTriggerType,
  MAX_ESCALATION_HOURS,
  MAX_ESCALATION_STEPS,
  MAX_STEP_RECIPIENTS,
  MIN_ACKNOWLEDGEMENT_TIMEOUT_HOURS,
  RECIPIENT_ROLES,
  type RecipientSpec,
} from '@lekwacht/domain';
import { ApiProperty } from '@nestjs/swagger';

/*
 * The shapes of the escalation settings for the OpenAPI document (issue #20 point 1). They
 * describe; they do not validate: PUT /api/escalation-policy checks its body with the domain's
 * validateEscalationPolicy (libs/domain), whose messages name the field and the rule.
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
  recipients!: RecipientSpec[];
}

export class EscalationPolicyDto implements EscalationPolicy {
  /** How long a contact person has to acknowledge before management is escalated to (hours). */
  @ApiProperty({ minimum: MIN_ACKNOWLEDGEMENT_TIMEOUT_HOURS, maximum: MAX_ESCALATION_HOURS, example: 2 })
  acknowledgementTimeoutHours!: number;

  @ApiProperty({ type: [EscalationStepDto], minItems: 1, maxItems: MAX_ESCALATION_STEPS })
  steps!: EscalationStepDto[];
}

/** A shared management mailbox that receives every management escalation besides the managers. */
export class ManagementMailboxDto {
  @ApiProperty({ example: 'Directie' })
  name!: string;

  @ApiProperty({ example: 'directie@example.nl' })
  email!: string;
}
