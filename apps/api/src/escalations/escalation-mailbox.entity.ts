import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A recipient's digest clock, one row per address. Claiming it FOR UPDATE SKIP LOCKED makes one
 * instance write the recipient's digest; the row lock serialises firings for the same address.
 */
@Entity('escalation_mailboxes')
export class EscalationMailboxEntity {
  @PrimaryColumn({ type: 'text' })
  email!: string;

  /** When the pending items go out; null when nothing waits. */
  @Index('escalation_mailboxes_next_digest_at_idx')
  @Column({ type: 'timestamptz', nullable: true })
  nextDigestAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastDigestAt!: Date | null;
}
