import {
  BOARD_DIRECTIONS,
  BOARD_LANGS,
  BOARD_PAGE_SIZE_MAX,
  BOARD_SORT_KEYS,
  type BoardDirection,
  type BoardLang,
  type BoardSortKey,
  OBLIGATION_KINDS,
  type ObligationKind,
} from '@lekwacht/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { OpenObligationDto } from './obligation.dto';

/** `true`/`false` as query text; anything else stays as given and fails `IsIn`. */
const flag = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** The clock board's filters, order and position (issue #19); each filter means what the board's does. */
export class ClockBoardQuery {
  @ApiProperty({ enum: OBLIGATION_KINDS, required: false })
  @IsOptional()
  @IsIn(OBLIGATION_KINDS)
  kind?: ObligationKind;

  /** Only duties past their deadline and still owed (not those assessed not required). */
  @ApiProperty({ type: Boolean, required: false })
  @IsOptional()
  @Transform(flag)
  @IsIn([true, false])
  overdue?: boolean;

  /** Only the duties owed to the customer of this name (as in the summary's `customers`). */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  customer?: string;

  /** Only "not required" decisions waiting: assessed not required, or a proposal without a decision. */
  @ApiProperty({ type: Boolean, required: false })
  @IsOptional()
  @Transform(flag)
  @IsIn([true, false])
  notRequiredPending?: boolean;

  /** Only duties with a "not required" proposal waiting for a manager (their approval list). */
  @ApiProperty({ type: Boolean, required: false })
  @IsOptional()
  @Transform(flag)
  @IsIn([true, false])
  proposalPending?: boolean;

  /** `due` (default): soonest deadline first, none last; `breach`, `who`, `kind`: by that, then due. */
  @ApiProperty({ enum: BOARD_SORT_KEYS, required: false })
  @IsOptional()
  @IsIn(BOARD_SORT_KEYS)
  sort?: BoardSortKey;

  /** `desc` reverses the whole order. */
  @ApiProperty({ enum: BOARD_DIRECTIONS, required: false })
  @IsOptional()
  @IsIn(BOARD_DIRECTIONS)
  direction?: BoardDirection;

  /** The language of the names `sort=who` orders the AP and the data subjects by (default nl). */
  @ApiProperty({ enum: BOARD_LANGS, required: false })
  @IsOptional()
  @IsIn(BOARD_LANGS)
  lang?: BoardLang;

  /** Duties per page, 1–500 (default 100). */
  @ApiProperty({ type: Number, required: false, minimum: 1, maximum: BOARD_PAGE_SIZE_MAX })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(BOARD_PAGE_SIZE_MAX)
  limit?: number;

  /** The previous page's `nextCursor` (same sort and direction): the duties after its last one. */
  @IsOptional()
  @IsString()
  @MaxLength(600)
  after?: string;
}

export class ClockBoardKindCountsDto {
  authority!: number;
  customer!: number;
  data_subjects!: number;
}

export class ClockBoardCustomerDto {
  name!: string;
  /** Open duties owed to customers of this name. */
  open!: number;
}

/** Figures over every open duty, whatever the filters: what the board's header and filters show. */
export class ClockBoardSummaryDto {
  /** The moment the figures were judged at. */
  asOf!: string;
  open!: number;
  /** Past the deadline and still owed (`overdue=true` matches these). */
  overdue!: number;
  /** Not overdue, still owed, due within 24 hours. */
  dueWithin24h!: number;
  /** "Not required" decisions waiting (`notRequiredPending=true`). */
  notRequiredPending!: number;
  /** Proposals waiting for a manager (`proposalPending=true`). */
  proposalPending!: number;
  @ApiProperty({ type: ClockBoardKindCountsDto })
  byKind!: ClockBoardKindCountsDto;
  /** The customers with open duties, in Dutch alphabetical order: the customer filter's choices. */
  @ApiProperty({ type: [ClockBoardCustomerDto] })
  customers!: ClockBoardCustomerDto[];
}

/** A breach on this page and how many of its duties match the filters (the grouped board's headings). */
export class ClockBoardGroupDto {
  breachId!: string;
  count!: number;
  overdue!: number;
}

export class ClockBoardPageDto {
  @ApiProperty({ type: [OpenObligationDto] })
  items!: OpenObligationDto[];
  /** Pass as `after` for the next page; null on the last page. */
  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
  /** How many duties match the filters; a lower bound ("1,000+") when `totalExact` is false. */
  total!: number;
  totalExact!: boolean;
  @ApiProperty({ type: [ClockBoardGroupDto] })
  groups!: ClockBoardGroupDto[];
  @ApiProperty({ type: ClockBoardSummaryDto })
  summary!: ClockBoardSummaryDto;
}
