import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const RECIPIENT_DELIVERY_STATES = ['pending', 'queued', 'withdrawn'] as const;
/** pending: waits for the recipient's next digest; queued: in a digest mail (outbox); withdrawn: settled before it went out. */
export type RecipientDeliveryState = (typeof RECIPIENT_DELIVERY_STATES)[number];

/**
 * One recipient of one fired escalation: its delivery (which digest mail carried it) and its own
 * acknowledgement. The link token and the one-time code are stored as SHA-256 only; they are
 * made when the digest is written, so the plain values exist only in that recipient's mail.
 */
@Entity('escalation_recipients')
@Index('escalation_recipients_escalation_email_key', ['escalationId', 'email'], { unique: true })
@Index('escalation_recipients_email_delivery_idx', ['email', 'deliveryState'])
export class EscalationRecipientEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  escalationId!: string;

  @Index('escalation_recipients_breach_id_idx')
  @Column({ type: 'uuid' })
  breachId!: string;

  /** Null for a recipient without an account (the management mailbox): acknowledges with the code. */
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  kind!: 'officer' | 'contact_person' | 'management';

  @Column({ type: 'text' })
  language!: 'nl' | 'en';

  /** Why the mail says it came to them: stands in for the contact person, acknowledgement timed out, approval waits. */
  @Column({ type: 'text', nullable: true })
  reason!: 'replaces_contact_person' | 'acknowledgement_timeout' | 'awaiting_approval' | 'awaiting_decision' | null;

  @Column({ type: 'text', default: 'pending' })
  deliveryState!: RecipientDeliveryState;

  @Index('escalation_recipients_outbox_message_id_idx')
  @Column({ type: 'uuid', nullable: true })
  outboxMessageId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  queuedAt!: Date | null;

  @Index('escalation_recipients_link_token_hash_key', { unique: true })
  @Column({ type: 'text', nullable: true })
  linkTokenHash!: string | null;

  @Column({ type: 'text', nullable: true })
  codeHash!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  codeUsedAt!: Date | null;

  @Column({ type: 'int', default: 0 })
  codeFailedAttempts!: number;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  /** 'login' or 'code'. */
  @Column({ type: 'text', nullable: true })
  acknowledgedVia!: 'login' | 'code' | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
