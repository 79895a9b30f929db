import type { AuthorityNotificationContent, AuthorityNotificationState } from '@lekwacht/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/**
 * The notification to the AP, one per breach: the answers to the AP's form, the four-eyes
 * approval, and what the AP answered when it was submitted (meldnummer, time). Its rejections
 * have a table of their own (authority-notification-rejection.entity.ts); every step is also in
 * the audit trail.
 */
@Entity('authority_notifications')
export class AuthorityNotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('authority_notifications_breach_id_key', { unique: true })
  @Column({ type: 'uuid' })
  breachId!: string;

  /** draft → awaiting_approval → approved → submitted → withdrawn (libs/domain state-machine.ts). */
  @Index('authority_notifications_state_idx')
  @Column({ type: 'text', default: 'draft' })
  state!: AuthorityNotificationState;

  /** Every answer of the AP form, sections 0–9 (libs/domain content.ts). */
  @Column({ type: 'jsonb' })
  content!: AuthorityNotificationContent;

  /** Who first saved it (the prefilled draft became a row). */
  @Column({ type: 'uuid' })
  createdById!: string;

  /** Who last submitted it for approval: this person may not approve it. */
  @Column({ type: 'uuid', nullable: true })
  draftedById!: string | null;

  /** When it was last submitted for approval (the drafter's sign-off on the export). */
  @Column({ type: 'timestamptz', nullable: true })
  draftedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  approvedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  /** The AP's meldnummer. */
  @Column({ type: 'text', nullable: true })
  apReference!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  submissionRecordedById!: string | null;

  /** Art. 33(1): required when submitted after the 72-hour deadline. */
  @Column({ type: 'text', nullable: true })
  delayReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  withdrawReason!: string | null;

  /** Why each answer still missing from a phased notification follows later (art. 33(4)), by path. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  missingAnswerReasons!: Record<string, string>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'int' })
  version!: number;
}
