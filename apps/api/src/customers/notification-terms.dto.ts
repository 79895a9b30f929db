import {
  MAX_NAMED_CONTACTS,
  MAX_NOTIFICATION_DEADLINE_HOURS,
  NOTIFICATION_COUNTED_FROM,
  type NotificationCountedFrom,
  type NotificationTerms,
  REQUIRED_CONTENT_ITEMS,
  type RequiredContentItem,
  TERMS_LANGUAGES,
  type TermsLanguage,
} from '@lekwacht/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  Equals,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../http/trim.decorator';
import { IsInstant } from '../http/validation.decorators';

export class NamedContactDto {
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @Trim()
  @IsEmail()
  @MaxLength(200)
  email!: string;

  @ApiProperty({ type: String, nullable: true })
  @Trim()
  @ValidateIf((_, v) => v !== null)
  @Matches(/^\+?[0-9 ()-]{6,20}$/, { message: '$property must be a phone number such as +31 30 123 4567' })
  phone!: string | null;
}

export class NotificationRecipientsDto {
  @ApiProperty({ type: [NamedContactDto] })
  @IsArray()
  @ArrayMaxSize(MAX_NAMED_CONTACTS)
  @ValidateNested({ each: true })
  @Type(() => NamedContactDto)
  namedContacts!: NamedContactDto[];

  @ApiProperty({ type: String, nullable: true })
  @Trim()
  @ValidateIf((_, v) => v !== null)
  @IsEmail()
  @MaxLength(200)
  securityMailbox!: string | null;

  @IsBoolean()
  managementFallback!: boolean;
}

export class NotificationChannelsDto {
  @ApiProperty({ type: Boolean, enum: [true] })
  @Equals(true, { message: '$property must be true (the notice always goes by e-mail)' })
  email!: true;

  @IsBoolean()
  phone!: boolean;
}

/** The agreement's terms as an admin edits them; cross-field rules are checked by the domain. */
export class NotificationTermsDto {
  @IsInt()
  @Min(1)
  @Max(MAX_NOTIFICATION_DEADLINE_HOURS)
  deadlineHours!: number;

  @ApiProperty({ enum: NOTIFICATION_COUNTED_FROM })
  @IsIn(NOTIFICATION_COUNTED_FROM)
  countedFrom!: NotificationCountedFrom;

  @IsObject()
  @ValidateNested()
  @Type(() => NotificationRecipientsDto)
  recipients!: NotificationRecipientsDto;

  @IsObject()
  @ValidateNested()
  @Type(() => NotificationChannelsDto)
  channels!: NotificationChannelsDto;

  @ApiProperty({ enum: TERMS_LANGUAGES })
  @IsIn(TERMS_LANGUAGES)
  language!: TermsLanguage;

  @ApiProperty({ enum: REQUIRED_CONTENT_ITEMS, isArray: true })
  @IsArray()
  @ArrayMaxSize(REQUIRED_CONTENT_ITEMS.length)
  @IsIn(REQUIRED_CONTENT_ITEMS, { each: true })
  requiredContent!: RequiredContentItem[];

  @ApiProperty({ type: String, nullable: true })
  @Trim()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  agreementReference!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '2024-02-29' })
  @ValidateIf((_, v) => v !== null)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date as YYYY-MM-DD' })
  agreementDate!: string | null;
}

export class CustomerNotificationTermsDto {
  customerId!: string;
  customerName!: string;
  /** false = nothing agreed: the privacy statement's defaults apply. */
  agreed!: boolean;
  @ApiProperty({ type: NotificationTermsDto })
  terms!: NotificationTerms;
}

export class ImportNotificationTermsDto {
  /** The CSV text (RFC 4180, header row first); at most about 900 KB under the 1 MB body limit. */
  @IsString()
  @MinLength(1)
  @MaxLength(900_000)
  csv!: string;
}

export class ImportNotificationTermsResultDto {
  imported!: number;
}

export class ConfirmBreachDto {
  /** When the breach was confirmed; defaults to now. */
  @ApiProperty({ required: false, example: '2026-11-20T10:30:00+01:00' })
  @IsOptional()
  @IsInstant()
  confirmedAt?: string;
}

export class LogNoticeCallDto {
  @IsInstant()
  calledAt!: string;

  /** Who at the customer was reached (name, role). */
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  personReached!: string;

  @ApiProperty({ required: false })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class NoticeCallDto {
  id!: string;
  calledAt!: string;
  personReached!: string;
  note!: string;
  loggedByName!: string;
}

/** The contractual customer clock beside the statutory AP clock. */
export class CustomerClockDto {
  customerId!: string;
  customerName!: string;
  agreed!: boolean;
  @ApiProperty({ type: NotificationTermsDto })
  terms!: NotificationTerms;
  /** null while the terms count from confirmation and the breach is not confirmed yet. */
  @ApiProperty({ type: String, nullable: true })
  dueAt!: string | null;
  pendingConfirmation!: boolean;
  @ApiProperty({ type: String, nullable: true })
  obligationId!: string | null;
  @ApiProperty({ enum: ['open', 'fulfilled', 'not_required'], nullable: true })
  obligationState!: 'open' | 'fulfilled' | 'not_required' | null;
  callRequired!: boolean;
  @ApiProperty({ type: [NoticeCallDto] })
  calls!: NoticeCallDto[];
}

export class CustomerClocksDto {
  @ApiProperty({ type: String, nullable: true })
  confirmedAt!: string | null;
  @ApiProperty({ type: [CustomerClockDto] })
  customers!: CustomerClockDto[];
}
