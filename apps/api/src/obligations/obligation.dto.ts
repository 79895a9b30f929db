import {
  awaitsNotRequiredDecision,
  DATA_SUBJECT_CHANNELS,
  DATA_SUBJECT_EXCEPTIONS,
  type DataSubjectChannel,
  type DataSubjectException,
  isOverdue,
  NOTIFICATION_COUNTED_FROM,
  type NotificationCountedFrom,
  OBLIGATION_BASES,
  OBLIGATION_KINDS,
  OBLIGATION_STATES,
  type ObligationBasis,
  type ObligationKind,
  type ObligationState,
} from '@lekwacht/domain';
import { ApiProperty } from '@nestjs/swagger';
import type { ObligationEntity } from './obligation.entity';

export class PersonNameDto {
  id!: string;
  name!: string;
}

/** An officer's proposal that the duty does not apply; pending until a second person approves it. */
export class NotRequiredProposalDto {
  proposedBy!: PersonNameDto;
  rationale!: string;
  proposedAt!: string;
}

export class NotRequiredDecisionDto {
  decidedBy!: PersonNameDto;
  decidedAt!: string;
}

export class DataSubjectsInformedDto {
  informedAt!: string;
  @ApiProperty({ enum: DATA_SUBJECT_CHANNELS })
  channel!: DataSubjectChannel;
  subjectsCount!: number;
  @ApiProperty({ nullable: true, type: String })
  message!: string | null;
  @ApiProperty({ nullable: true, type: String })
  messageUrl!: string | null;
  recordedBy!: PersonNameDto;
}

export class PublicCommunicationViewDto {
  where!: string;
  at!: string;
}

export class Art34ExceptionViewDto {
  @ApiProperty({ enum: DATA_SUBJECT_EXCEPTIONS })
  ground!: DataSubjectException;
  @ApiProperty({ type: PublicCommunicationViewDto, nullable: true })
  publicCommunication!: PublicCommunicationViewDto | null;
}

export class ObligationDto {
  id!: string;
  @ApiProperty({ enum: OBLIGATION_KINDS })
  kind!: ObligationKind;
  @ApiProperty({ nullable: true, type: String })
  customerId!: string | null;
  @ApiProperty({ enum: OBLIGATION_BASES })
  basis!: ObligationBasis;
  @ApiProperty({ nullable: true, type: String })
  dueAt!: string | null;
  @ApiProperty({ nullable: true, type: Boolean })
  required!: boolean | null;
  @ApiProperty({ enum: OBLIGATION_STATES })
  state!: ObligationState;
  @ApiProperty({ nullable: true, type: String })
  fulfilledAt!: string | null;
  late!: boolean;
  overdue!: boolean;
  @ApiProperty({
    nullable: true,
    required: false,
    type: String,
    description: 'Reason for a late fulfilment (GDPR art. 33(1))',
  })
  delayReason?: string | null;
  @ApiProperty({ type: NotRequiredProposalDto, nullable: true, required: false })
  notRequiredProposal?: NotRequiredProposalDto | null;
  @ApiProperty({
    type: NotRequiredDecisionDto,
    nullable: true,
    required: false,
    description: 'Set once a manager approved the proposal',
  })
  notRequiredDecision?: NotRequiredDecisionDto | null;
  @ApiProperty({
    type: DataSubjectsInformedDto,
    nullable: true,
    required: false,
    description: 'data_subjects: how they were informed',
  })
  dataSubjectsInformed?: DataSubjectsInformedDto | null;
  @ApiProperty({
    type: Art34ExceptionViewDto,
    nullable: true,
    required: false,
    description: 'data_subjects: the art. 34(3) ground of the decision',
  })
  art34Exception?: Art34ExceptionViewDto | null;
  /** Open, called not required by the latest outcome, with a proposal waiting for a manager: a decision, not a deadline. */
  awaitingDecision!: boolean;
}

/** A customer duty's deadline follows its processing agreement, or the default because nothing was agreed. */
export const TERMS_SOURCES = ['agreement', 'default'] as const;
export type TermsSource = (typeof TERMS_SOURCES)[number];

export class OpenObligationDto extends ObligationDto {
  breachId!: string;
  reference!: string;
  title!: string;
  /** The customer a customer obligation is owed to (the clock board names it); null for the AP and data subjects. */
  @ApiProperty({ type: String, nullable: true })
  customerName!: string | null;
  /**
   * Where a customer duty's deadline comes from: the customer's processing agreement
   * (verwerkersovereenkomst) as snapshotted at registration, or the privacy statement's default
   * because nothing was agreed. Null for the AP and data subjects (statutory), and for a customer
   * duty without a snapshot (registered before terms existed: the 48-hour default applies).
   */
  @ApiProperty({ enum: TERMS_SOURCES, nullable: true })
  termsSource!: TermsSource | null;
  /** The snapshotted terms' deadline in hours (customer duties with a snapshot only). */
  @ApiProperty({ type: Number, nullable: true })
  termsDeadlineHours!: number | null;
  /** Whether the snapshotted terms count from discovery or from our confirmation. */
  @ApiProperty({ enum: NOTIFICATION_COUNTED_FROM, nullable: true })
  termsCountedFrom!: NotificationCountedFrom | null;
}

export const toObligationDto = (o: ObligationEntity, now = new Date()): ObligationDto => ({
  id: o.id,
  kind: o.kind,
  customerId: o.customerId,
  basis: o.basis,
  dueAt: o.dueAt?.toISOString() ?? null,
  required: o.required,
  state: o.state,
  fulfilledAt: o.fulfilledAt?.toISOString() ?? null,
  late: o.late,
  // A decision to confirm is not an overdue deadline (issue #16 point 2).
  overdue: !awaitsNotRequiredDecision(decisionClock(o)) && isOverdue({ state: o.state, dueAt: o.dueAt }, now),
  awaitingDecision: awaitsNotRequiredDecision(decisionClock(o)),
  delayReason: o.delayReason ?? null,
  notRequiredProposal:
    o.notRequiredProposedById && o.notRequiredProposedAt
      ? {
          proposedBy: { id: o.notRequiredProposedById, name: o.notRequiredProposedByName ?? '' },
          rationale: o.notRequiredRationale ?? '',
          proposedAt: o.notRequiredProposedAt.toISOString(),
        }
      : null,
  notRequiredDecision:
    o.notRequiredDecidedById && o.notRequiredDecidedAt
      ? {
          decidedBy: { id: o.notRequiredDecidedById, name: o.notRequiredDecidedByName ?? '' },
          decidedAt: o.notRequiredDecidedAt.toISOString(),
        }
      : null,
  dataSubjectsInformed: o.dataSubjectsInformed
    ? {
        informedAt: o.dataSubjectsInformed.informedAt,
        channel: o.dataSubjectsInformed.channel,
        subjectsCount: o.dataSubjectsInformed.subjectsCount,
        message: o.dataSubjectsInformed.message,
        messageUrl: o.dataSubjectsInformed.messageUrl,
        recordedBy: { id: o.dataSubjectsInformed.recordedById, name: o.dataSubjectsInformed.recordedByName },
      }
    : null,
  art34Exception: o.art34Exception ?? null,
});

const decisionClock = (o: ObligationEntity) => ({
  state: o.state,
  required: o.required,
  proposalPending: !!o.notRequiredProposedById,
});
