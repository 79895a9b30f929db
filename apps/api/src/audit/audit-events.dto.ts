import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  type ValidationArguments,
} from 'class-validator';

export const AUDIT_PAGE_DEFAULT_LIMIT = 50;
export const AUDIT_PAGE_MAX_LIMIT = 200;

/**
 * Audit actions are free strings written by each feature (`breach.registered`,
 * `notice.queued`, …; GET /api/audit/actions lists those in the log). A filter is checked for
 * their shape only: lower-case words joined by dots, at most 100 characters.
 */
export const AUDIT_ACTION_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isCalendarDate = (value: unknown): value is string => {
  if (typeof value !== 'string') return false;
  const m = CALENDAR_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() >= 1 && d.toISOString().slice(0, 10) === value;
};

/** A calendar date "2026-03-31" (a day in Europe/Amsterdam), as the web's DateField reports it. */
function IsCalendarDate() {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isDate',
      target: object.constructor,
      propertyName,
      validator: {
        validate: isCalendarDate,
        defaultMessage: (args: ValidationArguments) => `${args.property} must be a date in the form YYYY-MM-DD`,
      },
    });
}

/** The filters of the audit log; each one left out matches everything, all together must match. */
export class AuditEventFilters {
  @ApiProperty({ required: false, format: 'uuid', description: 'events about this breach' })
  @IsOptional()
  @IsUUID()
  breachId?: string;

  @ApiProperty({ required: false, format: 'uuid', description: 'events caused by this user' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiProperty({
    required: false,
    maxLength: 100,
    example: 'breach.registered',
    description: 'one audit action (free strings: lower-case words joined by dots; GET /api/audit/actions lists them)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(AUDIT_ACTION_PATTERN, { message: 'action must be an audit action such as breach.registered' })
  action?: string;

  @ApiProperty({ required: false, example: '2026-03-01', description: 'first day, YYYY-MM-DD, Europe/Amsterdam' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiProperty({
    required: false,
    example: '2026-03-31',
    description: 'last day (inclusive), YYYY-MM-DD, Europe/Amsterdam; not before from',
  })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class AuditEventsQuery extends AuditEventFilters {
  @ApiProperty({ required: false, minimum: 1, maximum: AUDIT_PAGE_MAX_LIMIT, default: AUDIT_PAGE_DEFAULT_LIMIT })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(AUDIT_PAGE_MAX_LIMIT)
  limit?: number;

  @ApiProperty({ required: false, description: 'nextCursor of the previous page; absent for the first page' })
  @IsOptional()
  @IsString()
  @Matches(/^[1-9]\d{0,18}$/, { message: 'cursor must be the nextCursor of an earlier page' })
  cursor?: string;
}

export class AuditEventsCsvQuery extends AuditEventFilters {
  @ApiProperty({ required: false, enum: ['comma', 'semicolon'], description: 'semicolon for Dutch Excel' })
  @IsOptional()
  @IsIn(['comma', 'semicolon'])
  delimiter?: 'comma' | 'semicolon';
}

export class AuditActorDto {
  id!: string;
  name!: string;
}

export class LocalisedTextDto {
  nl!: string;
  en!: string;
}

/** The event's stored payload, with anything that could be a credential masked. */
export class AuditEventDetailsDto {
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true })
  before!: Record<string, unknown> | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true })
  after!: Record<string, unknown> | null;
}

export class AuditEventDto {
  /** Position in the hash chain (a decimal string: the column is a bigint). */
  seq!: string;
  at!: string;
  @ApiProperty({ type: AuditActorDto, nullable: true, description: 'the user who caused it; null for the system' })
  actor!: AuditActorDto | null;
  /** Who caused it in words: the user's name, "system", or "customer portal: <name>". */
  actorLabel!: string;
  action!: string;
  entityType!: string;
  entityId!: string;
  @ApiProperty({ nullable: true, type: String })
  breachId!: string | null;
  @ApiProperty({ nullable: true, type: String })
  breachReference!: string | null;
  @ApiProperty({ type: LocalisedTextDto })
  description!: LocalisedTextDto;
  @ApiProperty({ type: AuditEventDetailsDto })
  details!: AuditEventDetailsDto;
  /** The event's link in the chain (not a secret: verifying it needs the audit key). */
  hash!: string;
}

export class AuditEventsPageDto {
  @ApiProperty({ type: [AuditEventDto] })
  items!: AuditEventDto[];
  @ApiProperty({ nullable: true, type: String, description: 'pass as cursor for the next page; null on the last page' })
  nextCursor!: string | null;
}

export class AuditActionDto {
  action!: string;
  @ApiProperty({ type: LocalisedTextDto })
  label!: LocalisedTextDto;
}
