import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { MailKind } from './mail-kinds';

export const OUTBOX_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * Every outgoing message, written in the transaction that caused it; the mail worker delivers
 * it afterwards with retries. Nothing is sent that is not here first.
 */
@Entity('outbox_messages')
@Index('outbox_messages_status_next_attempt_idx', ['status', 'nextAttemptAt'])
@Index('outbox_messages_created_at_id_idx', ['createdAt', 'id'])
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: MailKind;

  @Index('outbox_messages_breach_id_idx')
  @Column({ type: 'uuid', nullable: true })
  breachId!: string | null;

  /** The escalation or notice that caused it. */
  @Column({ type: 'uuid', nullable: true })
  sourceId!: string | null;

  @Column({ type: 'text' })
  toAddress!: string;

  @Column({ type: 'text' })
  toName!: string;

  /** The From display name (the organisation's name when queued); null on rows from before it was kept. */
  @Column({ type: 'text', nullable: true })
  fromName!: string | null;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text' })
  html!: string;

  @Column({ type: 'text', default: 'queued' })
  status!: OutboxStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz' })
  nextAttemptAt!: Date;

  /** A worker that claimed it for delivery holds it until then; after that another may retry. */
  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /** Stable per row, so a retry after a lost reply is recognisable as the same message. */
  @Column({ type: 'text' })
  messageId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
