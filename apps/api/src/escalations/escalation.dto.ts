import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { ESCALATION_STATES, type EscalationEntity, type EscalationState } from './escalation.entity';

export class EscalationQuery {
  @IsUUID()
  breachId!: string;
}

export class EscalationRecipientDto {
  name!: string;
  email!: string;
  @ApiProperty({ enum: ['officer', 'contact_person', 'management'] })
  kind!: 'officer' | 'contact_person' | 'management';
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
  @ApiProperty({ nullable: true, type: String })
  acknowledgedBy!: string | null;
  catchUp!: boolean;
}

export const toEscalationDto = (e: EscalationEntity): EscalationDto => ({
  id: e.id,
  breachId: e.breachId,
  obligationId: e.obligationId,
  step: e.stepId,
  occurrence: e.occurrence,
  state: e.state,
  dueAt: e.dueAt.toISOString(),
  firedAt: e.firedAt?.toISOString() ?? null,
  recipients: e.recipients.map((r) => ({ name: r.name, email: r.email, kind: r.kind })),
  acknowledgedAt: e.acknowledgedAt?.toISOString() ?? null,
  acknowledgedBy: e.acknowledgedBy,
  catchUp: e.catchUp,
});
