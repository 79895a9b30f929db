import { OBLIGATION_KINDS, type ObligationKind } from '@lekwacht/domain';
import { ApiProperty } from '@nestjs/swagger';
import { BreachSummaryDto } from '../breaches/breach-view.dto';

export const ESCALATION_REASONS = [
  'replaces_contact_person',
  'acknowledgement_timeout',
  'awaiting_approval',
  'awaiting_decision',
] as const;
export type EscalationReason = (typeof ESCALATION_REASONS)[number];

/** A fired escalation addressed to me (my account) that I have not acknowledged while it still can be. */
export class MyWorkEscalationDto {
  escalationId!: string;
  breachId!: string;
  breachReference!: string;
  breachTitle!: string;
  @ApiProperty({ enum: OBLIGATION_KINDS })
  obligationKind!: ObligationKind;
  @ApiProperty({ nullable: true, type: String, description: 'the customer of a customer duty' })
  customerName!: string | null;
  /** The duty's due time (or the step's own time for a duty without a deadline). */
  dueAt!: string;
  @ApiProperty({ nullable: true, type: String })
  firedAt!: string | null;
  @ApiProperty({ enum: ESCALATION_REASONS, nullable: true, description: 'why it came to me, when not as planned' })
  reason!: EscalationReason | null;
}

export class MyWorkPersonDto {
  id!: string;
  name!: string;
}

export const APPROVAL_KINDS = ['authority_notification', 'not_required'] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];

/**
 * Something waiting for my approval as a manager (four-eyes: never what I submitted myself): an
 * AP notification draft, or a "not required" decision on a duty.
 */
export class MyWorkApprovalDto {
  @ApiProperty({ enum: APPROVAL_KINDS })
  kind!: ApprovalKind;
  breachId!: string;
  breachReference!: string;
  breachTitle!: string;
  @ApiProperty({ nullable: true, type: String, description: 'the duty of a "not required" decision' })
  obligationId!: string | null;
  @ApiProperty({ enum: OBLIGATION_KINDS, nullable: true })
  obligationKind!: ObligationKind | null;
  @ApiProperty({ nullable: true, type: String })
  customerName!: string | null;
  @ApiProperty({
    nullable: true,
    type: MyWorkPersonDto,
    description: 'who submitted the draft or proposed the decision',
  })
  requestedBy!: MyWorkPersonDto | null;
  @ApiProperty({ nullable: true, type: String, description: 'since when it waits' })
  requestedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'the duty’s due time, when it has one' })
  dueAt!: string | null;
}

/** An open task on an open breach, assigned to me. */
export class MyWorkTaskDto {
  taskId!: string;
  breachId!: string;
  breachReference!: string;
  breachTitle!: string;
  title!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  dueAt!: string | null;
  overdue!: boolean;
}

/** "My work": what waits for the signed-in user, in one request. */
export class MyWorkDto {
  @ApiProperty({ type: [BreachSummaryDto], description: 'open breaches I own, newest discovery first (at most 50)' })
  ownedBreaches!: BreachSummaryDto[];
  /** How many open breaches I own in all (the list above stops at 50). */
  ownedBreachesTotal!: number;
  @ApiProperty({ type: [MyWorkEscalationDto] })
  escalationsToAcknowledge!: MyWorkEscalationDto[];
  @ApiProperty({ type: [MyWorkApprovalDto] })
  approvalsWaiting!: MyWorkApprovalDto[];
  @ApiProperty({ type: [MyWorkTaskDto], description: 'open tasks assigned to me, earliest due first' })
  tasksAssigned!: MyWorkTaskDto[];
}
