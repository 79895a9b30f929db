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
  /** Authority obligations fulfilled. */
  authorityNotified!: number;
  /** On-time fulfilled / fulfilled authority obligations (0–1); null when none fulfilled. */
  @ApiProperty({ type: Number, nullable: true })
  authorityOnTimeRate!: number | null;
  /** Customer obligations fulfilled. */
  customerNotices!: number;
  @ApiProperty({ type: Number, nullable: true })
  customerOnTimeRate!: number | null;
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
