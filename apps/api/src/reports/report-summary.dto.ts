import { BREACH_CAUSES, type BreachCause } from '@lekwacht/contracts';
import { DATA_CATEGORIES, type DataCategory } from '@lekwacht/domain';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';

const countsOf = (keys: readonly string[]): ApiPropertyOptions => ({
  type: 'object',
  properties: Object.fromEntries(keys.map((k) => [k, { type: 'integer' }])),
  required: [...keys],
  selfRequired: true,
  additionalProperties: false,
});

export class ReportMonthDto {
  /** YYYY-MM (Europe/Amsterdam) */
  month!: string;
  breaches!: number;
  authorityNotified!: number;
  /** AP deadlines due in this month that were met. */
  authorityOnTime!: number;
  /** AP deadlines due in this month that were missed: fulfilled late or still open. */
  authorityLate!: number;
}

/** The deadlines due in the period behind an on-time rate. */
export class DeadlineTimelinessDto {
  /** Fulfilled by the deadline. */
  onTime!: number;
  /** Fulfilled after the deadline. */
  lateFulfilled!: number;
  /** Still open although the deadline has passed: late, and counted as late. */
  openOverdue!: number;
  /** Open, deadline still ahead: not in the rate yet. */
  pending!: number;
}

export class RepeatCauseDto {
  @ApiProperty({ enum: BREACH_CAUSES })
  cause!: BreachCause;
  breaches!: number;
}

export class ReportSummaryDto {
  /** First day of the period, YYYY-MM-DD (Europe/Amsterdam). */
  from!: string;
  /** Last day of the period, inclusive. */
  to!: string;
  /** Breaches discovered in the period. */
  breaches!: number;
  @ApiProperty(countsOf(BREACH_CAUSES))
  byCause!: Record<BreachCause, number>;
  @ApiProperty(countsOf(DATA_CATEGORIES))
  byCategory!: Record<DataCategory, number>;
  /** Authority obligations of the period's breaches that were fulfilled. */
  authorityNotified!: number;
  /**
   * Of the AP deadlines due in the period (whenever the breach was discovered) and already
   * passed or met: the share met (0–1). A deadline passed and still open counts as late.
   * Null when no such deadline.
   */
  @ApiProperty({ type: Number, nullable: true })
  authorityOnTimeRate!: number | null;
  authorityDeadlines!: DeadlineTimelinessDto;
  /** Customer obligations of the period's breaches that were fulfilled. */
  customerNotices!: number;
  /** As authorityOnTimeRate, for the customer deadlines due in the period. */
  @ApiProperty({ type: Number, nullable: true })
  customerOnTimeRate!: number | null;
  customerDeadlines!: DeadlineTimelinessDto;
  /** Median hours from discovery to the AP notification, one decimal; null when none. */
  @ApiProperty({ type: Number, nullable: true })
  medianHoursToAuthority!: number | null;
  /** Obligations decided not required. */
  notRequired!: number;
  @ApiProperty({ type: [ReportMonthDto] })
  byMonth!: ReportMonthDto[];
  /** Causes of two or more breaches in the period, most frequent first. */
  @ApiProperty({ type: [RepeatCauseDto] })
  repeatCauses!: RepeatCauseDto[];
}
