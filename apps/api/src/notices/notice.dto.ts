import { LANGUAGES, type Language } from '@lekwacht/contracts';
import { ApiProperty, OmitType } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../http/trim.decorator';
import {
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

export class NoticeDto {
  id!: string;
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

export const toNoticeDto = (n: NoticeEntity, customerName: string, now = new Date()): NoticeDto => ({
  id: n.id,
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

export const toNoticeSummaryDto = (n: NoticeEntity, customerName: string, now = new Date()): NoticeSummaryDto => {
  const { text: _text, html: _html, ...summary } = toNoticeDto(n, customerName, now);
  return summary;
};

export class GenerateNoticesResultDto {
  /** Drafts written (new or replaced). */
  generated!: number;
  /** Customers whose notice already went out (left untouched). */
  skipped!: number;
  /** Drafts of customers no longer affected, removed. */
  removed!: number;
}

export class SendNoticesResultDto {
  queued!: number;
  /** Drafts another request queued meanwhile (or that vanished). */
  skipped!: number;
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

export class PortalNoticeDto {
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
  subject!: string;
  bodyText!: string;
  bodyHtml!: string;
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
  bodyText: t.bodyText,
  bodyHtml: t.bodyHtml,
  updatedBy: t.updatedBy,
  updatedAt: t.updatedAt?.toISOString() ?? null,
  isDefault: t.updatedBy === null,
});

export class PutNoticeTemplateDto {
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  subject!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(50_000)
  bodyText!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(100_000)
  bodyHtml!: string;
}

export class PreviewNoticeTemplateDto {
  @IsOptional()
  @IsString()
  @MaxLength(500)
  subject?: string;

  @IsOptional()
  @IsString()
  @MaxLength(50_000)
  bodyText?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100_000)
  bodyHtml?: string;
}

export class NoticePreviewDto {
  subject!: string;
  text!: string;
  html!: string;
}
