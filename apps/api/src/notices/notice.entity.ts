import type { Language } from '@lekwacht/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const NOTICE_STATUSES = ['draft', 'queued', 'sent', 'acknowledged', 'failed'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

export const RECIPIENT_KINDS = ['contact_person', 'management'] as const;
export type NoticeRecipientKind = (typeof RECIPIENT_KINDS)[number];

/**
 * The notice to one affected customer of a breach. One current notice per (breach, customer):
 * re-generating replaces a draft; a notice that went out is resent, never duplicated.
 * The portal token itself is never stored, only its sha256.
 */
@Entity('notices')
@Index('notices_breach_customer_key', ['breachId', 'customerId'], { unique: true })
export class NoticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  breachId!: string;

  @Index('notices_customer_id_idx')
  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'text' })
  language!: Language;

  @Column({ type: 'text' })
  recipientName!: string;

  @Column({ type: 'text' })
  recipientEmail!: string;

  @Column({ type: 'text' })
  recipientKind!: NoticeRecipientKind;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  text!: string;

  /** A body fragment (no <html>); the mail wraps it and adds the portal link. */
  @Column({ type: 'text' })
  html!: string;

  @Index('notices_status_idx')
  @Column({ type: 'text', default: 'draft' })
  status!: NoticeStatus;

  @Index('notices_outbox_message_id_idx')
  @Column({ type: 'uuid', nullable: true })
  outboxMessageId!: string | null;

  /** sha256 (hex) of the portal token; the token is only ever in the mail. */
  @Index('notices_token_hash_key', { unique: true })
  @Column({ type: 'text', nullable: true })
  tokenHash!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  tokenExpiresAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  tokenRevokedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  acknowledgedByName!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
