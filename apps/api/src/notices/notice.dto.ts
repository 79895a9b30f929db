import { LANGUAGES, type Language } from '@lekwacht/contracts';
import { ApiProperty, OmitType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { Trim } from '../http/trim.decorator';
import {
  NOTICE_KINDS,
  type NoticeKind,
  NOTICE_STATUSES,
  type NoticeEntity,
  type NoticeStatus,
  RECIPIENT_KINDS,
  type NoticeRecipientKind,
} from './notice.entity';
import type { NoticeTemplateEntity } from './notice-template.entity';

export class NoticeRecipientDto {
  name!: string;
  email!: string;
  @ApiProperty({ enum: RECIPIENT_KINDS })
  kind!: NoticeRecipientKind;
}

export const REVIEW_STATES = ['not_reviewed', 'reviewed', 'outdated'] as const;
/** not_reviewed: nobody approved it yet; outdated: the facts changed since it was drafted (draft again). */
export type ReviewState = (typeof REVIEW_STATES)[number];

export class NoticeDto {
  id!: string;
  @ApiProperty({ enum: NOTICE_KINDS })
  kind!: NoticeKind;
  /** 1 for the initial notice, 2… for supplementary notices to the same customer. */
  sequence!: number;
  /** Only for unsent drafts; null once it went out. */
  @ApiProperty({ enum: REVIEW_STATES, nullable: true })
  reviewState!: ReviewState | null;
  @ApiProperty({ nullable: true, type: String })
  reviewedAt!: string | null;
  @ApiProperty({ nullable: true, type: String })
  reviewedByName!: string | null;
  breachId!: string;
  customerId!: string;
  customerName!: string;
  recipient!: NoticeRecipientDto;
  @ApiProperty({ enum: LANGUAGES })
  language!: Language;
  @ApiProperty({ enum: NOTICE_STATUSES })
  status!: NoticeStatus;
  subject!: string;
  text!: string;
  html!: string;
  @ApiProperty({ nullable: true, type: String })
  outboxMessageId!: string | null;
  @ApiProperty({ nullable: true, type: String })
  sentAt!: string | null;
  @ApiProperty({ nullable: true, type: String })
  acknowledgedAt!: string | null;
  @ApiProperty({ nullable: true, type: String })
  acknowledgedByName!: string | null;
  /** Whether a portal link is currently usable (issued, not revoked, not expired). */
  portalLinkActive!: boolean;
  @ApiProperty({ nullable: true, type: String })
  tokenExpiresAt!: string | null;
  createdAt!: string;
  updatedAt!: string;
}

export const toNoticeDto = (
  n: NoticeEntity,
  customerName: string,
  now = new Date(),
  reviewState: ReviewState | null = null,
): NoticeDto => ({
  id: n.id,
  kind: n.kind,
  sequence: n.sequence,
  reviewState: n.status === 'draft' ? reviewState : null,
  reviewedAt: n.reviewedAt?.toISOString() ?? null,
  reviewedByName: n.reviewedByName,
  breachId: n.breachId,
  customerId: n.customerId,
  customerName,
  recipient: { name: n.recipientName, email: n.recipientEmail, kind: n.recipientKind },
  language: n.language,
  status: n.status,
  subject: n.subject,
  text: n.text,
  html: n.html,
  outboxMessageId: n.outboxMessageId,
  sentAt: n.sentAt?.toISOString() ?? null,
  acknowledgedAt: n.acknowledgedAt?.toISOString() ?? null,
  acknowledgedByName: n.acknowledgedByName,
  portalLinkActive: !!n.tokenHash && !n.tokenRevokedAt && !!n.tokenExpiresAt && n.tokenExpiresAt > now,
  tokenExpiresAt: n.tokenExpiresAt?.toISOString() ?? null,
  createdAt: n.createdAt.toISOString(),
  updatedAt: n.updatedAt.toISOString(),
});

/** A notice in the breach's list: everything but the bodies (5,000 of those would weigh megabytes). */
export class NoticeSummaryDto extends OmitType(NoticeDto, ['text', 'html'] as const) {}

export const toNoticeSummaryDto = (
  n: NoticeEntity,
  customerName: string,
  now = new Date(),
  reviewState: ReviewState | null = null,
): NoticeSummaryDto => {
  const { text: _text, html: _html, ...summary } = toNoticeDto(n, customerName, now, reviewState);
  return summary;
};

export class GenerateNoticesResultDto {
  /** Drafts written (new or replaced). */
  generated!: number;
  /** Customers whose notice already went out (left untouched; send a follow-up instead). */
  skipped!: number;
  /** Drafts of customers no longer affected, removed. */
  removed!: number;
  /** Re-drafted notices whose content did not change, so their review still holds. */
  stillReviewed!: number;
}

export class FollowUpNoticesDto {
  /** Customers to send a supplementary notice to; all customers whose notice went out when omitted. */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10_000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  customerIds?: string[];
}

export class ReviewNoticesDto {
  /** The drafts the reviewer has checked (previewed). */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10_000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  noticeIds!: string[];
}

export class ReviewNoticesResultDto {
  reviewed!: number;
}

export class SendSkippedDto {
  /** Drafts nobody reviewed yet. */
  notReviewed!: number;
  /** Drafts whose facts changed after drafting or review: draft again and review. */
  outdated!: number;
  /** Drafts another request queued or edited meanwhile. */
  changedMeanwhile!: number;
}

export class SendNoticesResultDto {
  queued!: number;
  /** Drafts not sent: the sum of the reasons below. */
  skipped!: number;
  skippedReasons!: SendSkippedDto;
}

/** One notice of this customer about this breach, as the portal lists them (newest first). */
export class PortalNoticeHistoryItemDto {
  sequence!: number;
  @ApiProperty({ enum: NOTICE_KINDS })
  kind!: NoticeKind;
  subject!: string;
  html!: string;
  text!: string;
  @ApiProperty({ nullable: true, type: String })
  sentAt!: string | null;
  @ApiProperty({ nullable: true, type: String })
  acknowledgedAt!: string | null;
  /** The notice this link opened. */
  current!: boolean;
}

export class PortalContactPointDto {
  name!: string;
  email!: string;
  @ApiProperty({ nullable: true, type: String })
  phone!: string | null;
}

/** The organisation's branding and contact point (admin settings) for the portal header. */
export class PortalOrganisationDto {
  name!: string;
  @ApiProperty({ nullable: true, type: String })
  logoDataUrl!: string | null;
  primaryColour!: string;
  contactPoint!: PortalContactPointDto;
}

export class PortalNoticeDto {
  @ApiProperty({ type: PortalOrganisationDto })
  organisation!: PortalOrganisationDto;
  /**
   * Where we are processor for this customer: hours it has for its own art. 33 decision once
   * informed (72), shown with the deadline at the top of the portal. null for controllers.
   */
  @ApiProperty({ nullable: true, type: Number })
  controllerDecisionHours!: number | null;
  @ApiProperty({ enum: NOTICE_KINDS })
  kind!: NoticeKind;
  sequence!: number;
  /** Every notice to this customer about this breach that went out, newest first. */
  @ApiProperty({ type: [PortalNoticeHistoryItemDto] })
  history!: PortalNoticeHistoryItemDto[];
  customerName!: string;
  reference!: string;
  @ApiProperty({ enum: LANGUAGES })
  language!: Language;
  subject!: string;
  html!: string;
  text!: string;
  @ApiProperty({ nullable: true, type: String })
  sentAt!: string | null;
  @ApiProperty({ nullable: true, type: String })
  acknowledgedAt!: string | null;
  @ApiProperty({ nullable: true, type: String })
  acknowledgedByName!: string | null;
}

export class AcknowledgeNoticeDto {
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;
}

export class NoticeTemplateDto {
  @ApiProperty({ enum: LANGUAGES })
  language!: Language;
  /** Plain text with merge fields. */
  subject!: string;
  /** Markdown with merge fields: the source of both the plain-text and the HTML part. */
  body!: string;
  @ApiProperty({ nullable: true, type: String })
  updatedBy!: string | null;
  @ApiProperty({ nullable: true, type: String })
  updatedAt!: string | null;
  /** true while the built-in default is in force (never saved by an admin). */
  isDefault!: boolean;
}

export const toTemplateDto = (t: NoticeTemplateEntity): NoticeTemplateDto => ({
  language: t.language,
  subject: t.subject,
  body: t.body,
  updatedBy: t.updatedBy,
  updatedAt: t.updatedAt?.toISOString() ?? null,
  isDefault: t.updatedBy === null,
});

export class PutNoticeTemplateDto {
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  subject!: string;

  /** Markdown with merge fields. */
  @IsString()
  @MinLength(1)
  @MaxLength(50_000)
  body!: string;
}

export class PreviewNoticeTemplateDto {
  @IsOptional()
  @IsString()
  @MaxLength(500)
  subject?: string;

  /** Markdown with merge fields; the stored body when left out. */
  @IsOptional()
  @IsString()
  @MaxLength(50_000)
  body?: string;
}

export class NoticePreviewDto {
  subject!: string;
  text!: string;
  html!: string;
}

export class NoticeMailPreviewDto {
  to!: NoticeRecipientDto;
  subject!: string;
  text!: string;
  html!: string;
}

/** Exactly what one customer receives: the mail (with a placeholder for its personal link) and the portal page. */
export class NoticeArtefactsPreviewDto {
  noticeId!: string;
  customerName!: string;
  @ApiProperty({ enum: LANGUAGES })
  language!: Language;
  mail!: NoticeMailPreviewDto;
  portal!: PortalNoticeDto;
  /** Relative API path of the PDF the portal offers for this notice. */
  pdfPath!: string;
}

export class UpdateNoticeDto {
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  subject?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50_000)
  text?: string;
}
