import { ApiProperty } from '@nestjs/swagger';
import { OBLIGATION_KINDS, type ObligationKind } from '@lekwacht/domain';
import { IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { ESCALATION_STATES, type EscalationEntity, type EscalationState } from './escalation.entity';

export class EscalationQuery {
  @IsUUID()
  breachId!: string;
}

export class EscalationPageQuery {
  /** The recipient's link token from the mail; a logged-in recipient needs none. */
  @IsOptional()
  @IsString()
  @Length(16, 64)
  r?: string;
}

export class AcknowledgeWithCodeDto {
  @ApiProperty({ description: 'the link token (r) from the recipient’s mail' })
  @IsString()
  @Length(16, 64)
  r!: string;

  @ApiProperty({ description: 'the one-time code from the same mail, e.g. ABCD-EFGH', example: 'ABCD-EFGH' })
  @IsString()
  @Matches(/^[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}$/, { message: 'code must be 8 letters or digits, e.g. ABCD-EFGH' })
  code!: string;
}

export const RECIPIENT_DELIVERIES = ['pending', 'queued', 'sending', 'sent', 'failed', 'withdrawn'] as const;

export class EscalationRecipientDto {
  @ApiProperty({ nullable: true, type: String })
  userId!: string | null;
  name!: string;
  email!: string;
  @ApiProperty({ enum: ['officer', 'contact_person', 'management'] })
  kind!: 'officer' | 'contact_person' | 'management';
  @ApiProperty({
    enum: RECIPIENT_DELIVERIES,
    description: 'pending: waits for the digest; then the digest mail’s outbox status; withdrawn: settled first',
  })
  delivery!: (typeof RECIPIENT_DELIVERIES)[number];
  @ApiProperty({ nullable: true, type: String })
  acknowledgedAt!: string | null;
}

export class EscalationDto {
  id!: string;
  breachId!: string;
  obligationId!: string;
  step!: string;
  occurrence!: number;
  @ApiProperty({ enum: ESCALATION_STATES })
  state!: EscalationState;
  dueAt!: string;
  @ApiProperty({ nullable: true, type: String })
  firedAt!: string | null;
  @ApiProperty({ type: [EscalationRecipientDto] })
  recipients!: EscalationRecipientDto[];
  @ApiProperty({ nullable: true, type: String })
  acknowledgedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'who acknowledged first (a recipient’s name)' })
  acknowledgedBy!: string | null;
  catchUp!: boolean;
}

export class EscalationPageRecipientDto {
  name!: string;
  /** false: a mailbox without an account, acknowledges with the one-time code. */
  hasAccount!: boolean;
  /** The logged-in user is this recipient. */
  isYou!: boolean;
  @ApiProperty({ nullable: true, type: String })
  acknowledgedAt!: string | null;
}

export class EscalationAcknowledgementDto {
  name!: string;
  acknowledgedAt!: string;
}

/** What the page behind the mail link shows; reading it changes nothing. */
export class EscalationPageDto {
  id!: string;
  breachId!: string;
  breachReference!: string;
  breachTitle!: string;
  @ApiProperty({ enum: OBLIGATION_KINDS })
  obligationKind!: ObligationKind;
  @ApiProperty({ nullable: true, type: String })
  customerName!: string | null;
  dueAt!: string;
  step!: string;
  occurrence!: number;
  @ApiProperty({ nullable: true, type: String })
  firedAt!: string | null;
  /** Still acknowledgeable: fired, obligation open, no later step fired. */
  current!: boolean;
  @ApiProperty({ nullable: true, enum: ['not_fired', 'settled', 'superseded'] })
  expiredReason!: 'not_fired' | 'settled' | 'superseded' | null;
  recipient!: EscalationPageRecipientDto;
  @ApiProperty({ type: [EscalationAcknowledgementDto] })
  acknowledgements!: EscalationAcknowledgementDto[];
}

/** A recipient row joined with its digest mail's status (escalations.service.ts). */
export interface RecipientRow {
  escalation_id: string;
  user_id: string | null;
  name: string;
  email: string;
  kind: 'officer' | 'contact_person' | 'management';
  delivery_state: 'pending' | 'queued' | 'withdrawn';
  acknowledged_at: Date | null;
  mail_status: 'queued' | 'sending' | 'sent' | 'failed' | null;
}

export const toEscalationDto = (e: EscalationEntity, rows: readonly RecipientRow[]): EscalationDto => {
  const mine = rows.filter((r) => r.escalation_id === e.id);
  return {
    id: e.id,
    breachId: e.breachId,
    obligationId: e.obligationId,
    step: e.stepId,
    occurrence: e.occurrence,
    state: e.state,
    dueAt: e.dueAt.toISOString(),
    firedAt: e.firedAt?.toISOString() ?? null,
    // Rows carry delivery and acknowledgement; the jsonb is who it was resolved to at firing time.
    recipients: mine.length
      ? mine.map((r) => ({
          userId: r.user_id,
          name: r.name,
          email: r.email,
          kind: r.kind,
          delivery: r.delivery_state === 'queued' ? (r.mail_status ?? 'queued') : r.delivery_state,
          acknowledgedAt: r.acknowledged_at ? new Date(r.acknowledged_at).toISOString() : null,
        }))
      : e.recipients.map((r) => ({
          userId: r.userId,
          name: r.name,
          email: r.email,
          kind: r.kind,
          delivery: 'pending' as const,
          acknowledgedAt: null,
        })),
    acknowledgedAt: e.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy: e.acknowledgedBy,
    catchUp: e.catchUp,
  };
};
