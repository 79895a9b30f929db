import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { Trim } from '../http/trim.decorator';
import { maskCredentials } from './mailbox-view';
import { MAIL_KINDS, type MailKind } from './mail-kinds';
import type { OutboxMessageEntity } from './outbox-message.entity';

/** The statuses users see: `sending` (a worker's lease) shows as `queued`. */
export const MAIL_STATUSES = ['queued', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** Filters of the mailbox; each narrows the list, all together must match. */
export class MailQuery {
  @ApiProperty({ enum: MAIL_KINDS, required: false })
  @IsOptional()
  @IsIn(MAIL_KINDS)
  kind?: MailKind;

  @ApiProperty({ enum: MAIL_STATUSES, required: false, description: 'queued includes messages being delivered' })
  @IsOptional()
  @IsIn(MAIL_STATUSES)
  status?: MailStatus;

  @ApiProperty({ required: false, description: 'mail about this breach, digests that mention it included' })
  @IsOptional()
  @IsUUID()
  breachId?: string;

  @ApiProperty({ required: false, description: 'part of the recipient address or name, case-insensitive' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(254)
  recipient?: string;
}

export const MAIL_PAGE_DEFAULT_LIMIT = 50;
export const MAIL_PAGE_MAX_LIMIT = 200;

export class MailPageQuery extends MailQuery {
  @ApiProperty({ required: false, minimum: 1, maximum: MAIL_PAGE_MAX_LIMIT, default: MAIL_PAGE_DEFAULT_LIMIT })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(MAIL_PAGE_MAX_LIMIT)
  limit?: number;

  @ApiProperty({ required: false, description: 'nextCursor of the previous page; absent for the first page' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,200}$/, { message: 'cursor must be the nextCursor of an earlier page' })
  cursor?: string;
}

export class MailSummaryDto {
  id!: string;
  to!: string;
  toName!: string;
  subject!: string;
  @ApiProperty({ enum: ['queued', 'sent', 'failed'] })
  status!: 'queued' | 'sent' | 'failed';
  attempts!: number;
  @ApiProperty({ nullable: true, type: String })
  lastError!: string | null;
  @ApiProperty({ nullable: true, type: String })
  sentAt!: string | null;
  @ApiProperty({ enum: MAIL_KINDS })
  kind!: MailKind;
  @ApiProperty({ nullable: true, type: String })
  breachId!: string | null;
  createdAt!: string;
}

export class MailDto extends MailSummaryDto {
  text!: string;
  html!: string;
  messageId!: string;
}

export class MailPageDto {
  @ApiProperty({ type: [MailSummaryDto] })
  items!: MailSummaryDto[];
  @ApiProperty({ nullable: true, type: String, description: 'pass as cursor for the next page; null on the last page' })
  nextCursor!: string | null;
  @ApiProperty({ description: 'messages matching the filters, on all pages; a lower bound when totalExact is false' })
  total!: number;
  @ApiProperty({ description: 'false when more than 1,000 match: counting stops there and total is 1,000' })
  totalExact!: boolean;
}

/** A row of the mailbox: like the message itself, its subject and error never show a token. */
export const toMailSummary = (m: OutboxMessageEntity): MailSummaryDto => ({
  id: m.id,
  to: m.toAddress,
  toName: m.toName,
  subject: maskCredentials(m.subject),
  // 'sending' is an internal lease; to users the message is still on its way.
  status: m.status === 'sending' ? 'queued' : m.status,
  attempts: m.attempts,
  lastError: m.lastError === null ? null : maskCredentials(m.lastError),
  sentAt: m.sentAt?.toISOString() ?? null,
  kind: m.kind,
  breachId: m.breachId,
  createdAt: m.createdAt.toISOString(),
});

export const toMailDto = (m: OutboxMessageEntity): MailDto => ({
  ...toMailSummary(m),
  text: maskCredentials(m.text),
  html: maskCredentials(m.html),
  messageId: m.messageId,
});

export class FailedMailCountDto {
  failed!: number;
}

export class MailDeliveryStatusDto {
  @ApiProperty({ enum: ['ok', 'degraded', 'down'] })
  state!: 'ok' | 'degraded' | 'down';
  @ApiProperty({ enum: ['smtp', 'mailbox'], description: 'mailbox: no SMTP_URL, mail is kept in the app' })
  mode!: 'smtp' | 'mailbox';
  @ApiProperty({ description: 'messages queued or being delivered' })
  waiting!: number;
  @ApiProperty({ nullable: true, type: String })
  oldestWaitingAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'delivery attempts have failed since then' })
  failingSince!: string | null;
  @ApiProperty({ nullable: true, type: String })
  lastError!: string | null;
  @ApiProperty({ description: 'messages given up on after every attempt' })
  failed!: number;
}
