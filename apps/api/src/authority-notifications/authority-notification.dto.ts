import {
  AUTHORITY_NOTIFICATION_STATES,
  type AuthorityNotificationContent,
  type AuthorityNotificationContentPatch,
  type AuthorityNotificationState,
  SECTION_KEYS,
} from '@lekwacht/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../http/trim.decorator';
import { IsInstant } from '../http/validation.decorators';
import {
  AuthorityNotificationContentDto,
  AuthorityNotificationContentPatchDto,
} from './authority-notification-content.dto';

// ---------- requests ----------

export class UpdateAuthorityNotificationDto {
  // Documented as the form's sections; unknown until the domain's validateAuthorityNotificationPatch has checked it.
  @ApiProperty({
    type: AuthorityNotificationContentPatchDto,
    description: `A partial change: any of the sections ${SECTION_KEYS.join(', ')}, each with any of its answers (null clears one). Unknown sections or questions are refused with 400.`,
  })
  @IsObject()
  content!: unknown;

  /** Optimistic concurrency: the version this change was made against (0 before the first save); 409 when it moved on. */
  @IsOptional()
  @IsInt()
  @Min(0)
  version?: number;
}

export class SubmitForApprovalDto {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string', maxLength: 2000 },
    description:
      'Only for a phased notification (content.notification.phased, GDPR art. 33(4)): for each required answer still missing, keyed by its path (e.g. "timeline.containedAt"), why it follows later. Without it, submitting an incomplete form is refused with 400 naming the missing answers.',
  })
  @IsOptional()
  @IsObject()
  missingAnswerReasons?: Record<string, unknown>;
}

export class ReasonDto {
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  reason!: string;
}

export class RecordSubmissionDto {
  /** The AP's meldnummer from the confirmation of the online form. */
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  apReference!: string;

  /** When the form was submitted to the AP; ISO-8601 with offset, not in the future. */
  @IsInstant()
  submittedAt!: string;

  /** Required when submittedAt is after the authority obligation's due time (GDPR art. 33(1)). */
  @ApiProperty({ required: false, nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Trim()
  @IsString()
  @MaxLength(5000)
  delayReason?: string | null;
}

export class FollowUpContentInputDto {
  /** What is new or changed since the notification (or the previous follow-up). */
  @Trim()
  @IsString()
  @MinLength(10)
  @MaxLength(20_000)
  description!: string;

  /** Why this follow-up is made. */
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  reason!: string;

  @ApiPropertyOptional({
    type: AuthorityNotificationContentPatchDto,
    nullable: true,
    description: 'Changed answers, same shape as the PUT content',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsObject()
  changes?: unknown;
}

export class CreateFollowUpDto {
  @IsObject()
  @ValidateNested()
  @Type(() => FollowUpContentInputDto)
  content!: FollowUpContentInputDto;
}

// ---------- responses ----------

export class PersonNameRefDto {
  id!: string;
  name!: string;
}

export class SectionCompletenessDto {
  key!: string;
  number!: number;
  answered!: number;
  total!: number;
  missing!: string[];
}

export class CompletenessDto {
  @ApiProperty({ type: [SectionCompletenessDto] })
  sections!: SectionCompletenessDto[];
  answered!: number;
  total!: number;
  percent!: number;
  complete!: boolean;
}

export class RejectionDto {
  reason!: string;
  rejectedBy!: PersonNameRefDto;
  rejectedAt!: string;
}

export class FollowUpContentDto {
  description!: string;
  reason!: string;
  @ApiProperty({ type: AuthorityNotificationContentPatchDto, nullable: true })
  changes!: AuthorityNotificationContentPatch | null;
}

export class FollowUpDto {
  id!: string;
  content!: FollowUpContentDto;
  state!: 'recorded';
  createdBy!: PersonNameRefDto;
  createdAt!: string;
}

export class AuthorityNotificationDto {
  @ApiProperty({ nullable: true, type: String, description: 'null while the prefilled draft has not been saved yet' })
  id!: string | null;
  breachId!: string;
  /** false: the draft is prefilled from the breach on every read until an officer saves or submits it. */
  persisted!: boolean;
  @ApiProperty({ enum: AUTHORITY_NOTIFICATION_STATES })
  state!: AuthorityNotificationState;
  @ApiProperty({ type: AuthorityNotificationContentDto, description: 'Every answer of the AP form, by section' })
  content!: AuthorityNotificationContent;
  completeness!: CompletenessDto;
  /** Required answers that apply and are missing, as `section.field` paths in form order. */
  missingAnswers!: string[];
  /** For a phased notification: why each missing answer follows later, by path. */
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  missingAnswerReasons!: Record<string, string>;
  /** Submitting for approval (or approving) would be accepted: complete, or phased with a reason per missing answer. */
  readyForApproval!: boolean;
  @ApiProperty({
    nullable: true,
    type: String,
    description: "The authority obligation's due time (72 h after discovery)",
  })
  dueAt!: string | null;
  /** Submitted (or, before submission, now) after the due time. */
  late!: boolean;
  @ApiProperty({ nullable: true, type: PersonNameRefDto })
  draftedBy!: PersonNameRefDto | null;
  @ApiProperty({ nullable: true, type: String, description: 'When the drafter last submitted it for approval' })
  draftedAt!: string | null;
  @ApiProperty({ nullable: true, type: PersonNameRefDto })
  approvedBy!: PersonNameRefDto | null;
  @ApiProperty({ nullable: true, type: String })
  approvedAt!: string | null;
  @ApiProperty({ nullable: true, type: String })
  apReference!: string | null;
  @ApiProperty({ nullable: true, type: String })
  submittedAt!: string | null;
  @ApiProperty({ nullable: true, type: PersonNameRefDto })
  submissionRecordedBy!: PersonNameRefDto | null;
  @ApiProperty({ nullable: true, type: String })
  delayReason!: string | null;
  @ApiProperty({ nullable: true, type: String })
  withdrawnAt!: string | null;
  @ApiProperty({ nullable: true, type: String })
  withdrawReason!: string | null;
  @ApiProperty({ type: [RejectionDto], description: 'Every rejection, oldest first (from the audit trail)' })
  rejections!: RejectionDto[];
  @ApiProperty({ type: [FollowUpDto] })
  followUps!: FollowUpDto[];
  @ApiProperty({ nullable: true, type: String })
  createdAt!: string | null;
  @ApiProperty({ nullable: true, type: String })
  updatedAt!: string | null;
  /** 0 before the first save. */
  version!: number;
}

export class AuthorityNotificationSummaryDto {
  breachId!: string;
  reference!: string;
  title!: string;
  @ApiProperty({ enum: AUTHORITY_NOTIFICATION_STATES })
  state!: AuthorityNotificationState;
  /** Who submitted it for approval. */
  @ApiProperty({ nullable: true, type: PersonNameRefDto })
  draftedBy!: PersonNameRefDto | null;
  /** When it last changed state or content (for awaiting_approval: when it was submitted). */
  updatedAt!: string;
  @ApiProperty({ nullable: true, type: String })
  authorityDueAt!: string | null;
}
