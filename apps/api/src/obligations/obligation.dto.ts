import {
  isOverdue,
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
}

export class OpenObligationDto extends ObligationDto {
  breachId!: string;
  reference!: string;
  title!: string;
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
  overdue: isOverdue({ state: o.state, dueAt: o.dueAt }, now),
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
});
