import type { Language } from '@lekwacht/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const NOTICE_STATUSES = ['draft', 'queued', 'sent', 'acknowledged', 'failed'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

export const RECIPIENT_KINDS = ['named_contact', 'contact_person', 'management'] as const;
export type NoticeRecipientKind = (typeof RECIPIENT_KINDS)[number];

export const NOTICE_KINDS = ['initial', 'supplementary'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/**
 * A notice to one affected customer of a breach. Sequence 1 is the initial notice; each
 * supplementary notice (facts changed after sending) gets the next number. Re-drafting replaces
 * an unsent draft; a notice that went out is resent, never duplicated. The portal token itself
 * is never stored, only its sha256.
 */
@Entity('notices')
@Index('notices_breach_customer_sequence_key', ['breachId', 'customerId', 'sequence'], { unique: true })
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

  @Column({ type: 'int', default: 1 })
  sequence!: number;

  @Column({ type: 'text', default: 'initial' })
  kind!: NoticeKind;

  /** sha256 of the NoticeView the draft was rendered from: a different hash now means the facts changed. */
  @Column({ type: 'text', nullable: true })
  viewHash!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedById!: string | null;

  @Column({ type: 'text', nullable: true })
  reviewedByName!: string | null;

  /** The view hash the reviewer saw; review counts only while it equals viewHash and the current facts. */
  @Column({ type: 'text', nullable: true })
  reviewedViewHash!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
