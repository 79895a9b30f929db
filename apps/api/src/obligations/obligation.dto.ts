import { isOverdue, OBLIGATION_BASES, OBLIGATION_KINDS, OBLIGATION_STATES, type ObligationBasis, type ObligationKind, type ObligationState } from '@lekwacht/domain';
import { ApiProperty } from '@nestjs/swagger';
import type { ObligationEntity } from './obligation.entity';

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
});
