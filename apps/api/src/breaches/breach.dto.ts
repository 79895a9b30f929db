import {
  BREACH_CAUSES,
  BREACH_STATUSES,
  type BreachCause,
  type BreachStatus,
  CUSTOMER_ROLES,
  type CustomerRole,
} from '@lekwacht/contracts';
import { type AssessmentFacts, DATA_CATEGORIES, type DataCategory } from '@lekwacht/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../http/trim.decorator';
import { IsAssessmentFacts, IsInstant } from '../http/validation.decorators';

export class AffectedCustomerInputDto {
  @IsUUID()
  customerId!: string;

  /** Approximate is fine; null when not known yet. */
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  subjectsCount!: number | null;

  /** Our role for this customer's data; processor when omitted (we process on the customer's behalf). */
  @ApiProperty({ enum: CUSTOMER_ROLES, required: false, default: 'processor' })
  @IsOptional()
  @IsIn(CUSTOMER_ROLES)
  role?: CustomerRole;

  /** This customer's data categories (its slice; the notice shows only these). */
  @ApiProperty({ enum: DATA_CATEGORIES, isArray: true, required: false })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(DATA_CATEGORIES.length)
  @ArrayUnique()
  @IsIn(DATA_CATEGORIES, { each: true })
  dataCategories?: DataCategory[];

  /** Groups of people whose data it is, e.g. "patients". */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(200, { each: true })
  groupsOfPeople?: string[];

  @ApiProperty({ nullable: true, required: false, type: Number })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  recordsEstimate?: number | null;
}

/** Text written for customers, per language; only the languages the affected customers read are needed. */
export class CustomerSummaryInputDto {
  @ApiProperty({ nullable: true, required: false, type: String })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(20_000)
  nl?: string | null;

  @ApiProperty({ nullable: true, required: false, type: String })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(20_000)
  en?: string | null;
}

class BreachFactsFields {
  @ApiProperty({ nullable: true, required: false, description: 'ISO-8601 with offset; null when unknown' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInstant()
  occurredAt?: string | null;

  @ApiProperty({ nullable: true, required: false })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInstant()
  containedAt?: string | null;

  @ApiProperty({ nullable: true, required: false })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  contactPersonId?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  affectedSystems?: string[];

  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  measuresTaken?: string;

  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  likelyConsequences?: string;

  @ApiProperty({
    type: 'object',
    nullable: true,
    additionalProperties: true,
    description: 'Assessment input (API.md § Assessment)',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsAssessmentFacts()
  facts?: AssessmentFacts | null;

  @ApiProperty({ type: CustomerSummaryInputDto, required: false })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CustomerSummaryInputDto)
  customerSummary?: CustomerSummaryInputDto;

  /** Measures taken, for customers, per language; notices never show the internal measuresTaken. */
  @ApiProperty({ type: CustomerSummaryInputDto, required: false })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CustomerSummaryInputDto)
  customerMeasures?: CustomerSummaryInputDto;

  /** Likely consequences, for customers, per language; notices never show the internal likelyConsequences. */
  @ApiProperty({ type: CustomerSummaryInputDto, required: false })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CustomerSummaryInputDto)
  customerConsequences?: CustomerSummaryInputDto;

  @ApiProperty({ type: [AffectedCustomerInputDto], required: false })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @ArrayUnique((c: AffectedCustomerInputDto) => c?.customerId, {
    message: 'affectedCustomers must not name a customer twice',
  })
  @ValidateNested({ each: true })
  @Type(() => AffectedCustomerInputDto)
  affectedCustomers?: AffectedCustomerInputDto[];
}

export class CreateBreachDto extends BreachFactsFields {
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title!: string;

  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  description?: string;

  @ApiProperty({ enum: BREACH_CAUSES })
  @IsIn(BREACH_CAUSES)
  cause!: BreachCause;

  @ApiProperty({ description: 'Moment of awareness, ISO-8601 with offset; starts both clocks' })
  @IsInstant()
  discoveredAt!: string;
}

export class UpdateBreachDto extends BreachFactsFields {
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title?: string;

  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  description?: string;

  @ApiProperty({ enum: BREACH_CAUSES, required: false })
  @IsOptional()
  @IsIn(BREACH_CAUSES)
  cause?: BreachCause;

  @ApiProperty({ required: false })
  @IsOptional()
  @IsInstant()
  discoveredAt?: string;

  /** Required when discoveredAt changes: the correction is audited with it. */
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(5)
  @MaxLength(2000)
  discoveredAtCorrectionReason?: string;
}

/** Hands a breach over to another officer. */
export class HandOverBreachDto {
  /** The new owner: an active officer. */
  @IsUUID()
  ownerId!: string;
}

export class ListBreachesQuery {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiProperty({ enum: BREACH_STATUSES, required: false })
  @IsOptional()
  @IsIn(BREACH_STATUSES)
  status?: BreachStatus;

  /** Only the breaches this officer owns. */
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  /** `me`: only the breaches the caller owns (not together with ownerId). */
  @ApiProperty({ enum: ['me'], required: false })
  @IsOptional()
  @IsIn(['me'])
  owner?: 'me';

  /** Numbered page (OFFSET); `after` is the cheap way on, at any depth. Not together with `after`. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(100_000)
  page?: number;

  /** The previous page's `nextCursor`: the rows after its last one (keyset pagination). */
  @IsOptional()
  @IsString()
  @MaxLength(400)
  after?: string;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}
