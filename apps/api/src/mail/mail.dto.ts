import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { maskCredentials } from './mailbox-view';
import { MAIL_KINDS, type MailKind, type OutboxMessageEntity } from './outbox-message.entity';

export class MailQuery {
  @IsOptional()
  @IsUUID()
  breachId?: string;
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

export const toMailSummary = (m: OutboxMessageEntity): MailSummaryDto => ({
  id: m.id,
  to: m.toAddress,
  toName: m.toName,
  subject: m.subject,
  // 'sending' is an internal lease; to users the message is still on its way.
  status: m.status === 'sending' ? 'queued' : m.status,
  attempts: m.attempts,
  lastError: m.lastError,
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
