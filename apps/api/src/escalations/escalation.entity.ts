import type { RecipientSpec } from '@lekwacht/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const ESCALATION_STATES = ['scheduled', 'fired', 'acknowledged', 'cancelled', 'skipped'] as const;
export type EscalationState = (typeof ESCALATION_STATES)[number];

export interface ResolvedRecipient {
  userId: string | null;
  name: string;
  email: string;
  kind: 'officer' | 'contact_person' | 'management';
  language: 'nl' | 'en';
}

/**
 * One step of the escalation policy for one obligation. Due steps are rows: an instance
 * claims them FOR UPDATE SKIP LOCKED and the unique (obligation, step, occurrence) key makes a
 * second firing impossible, however many instances run.
 */
@Entity('escalations')
@Index('escalations_obligation_step_occurrence_key', ['obligationId', 'stepId', 'occurrence'], { unique: true })
@Index('escalations_state_due_at_idx', ['state', 'dueAt'])
export class EscalationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('escalations_breach_id_idx')
  @Column({ type: 'uuid' })
  breachId!: string;

  @Column({ type: 'uuid' })
  obligationId!: string;

  @Column({ type: 'text' })
  stepId!: string;

  @Column({ type: 'int', default: 0 })
  occurrence!: number;

  /** When it fires. */
  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  /** When the policy threshold fell (earlier than dueAt for a catch-up). */
  @Column({ type: 'timestamptz' })
  thresholdAt!: Date;

  @Column({ type: 'text', default: 'scheduled' })
  state!: EscalationState;

  @Column({ type: 'jsonb' })
  plannedRecipients!: RecipientSpec[];

  /** Who it actually went to, resolved at firing time. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  recipients!: ResolvedRecipient[];

  @Column({ type: 'boolean', default: false })
  catchUp!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  firedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acknowledgedById!: string | null;

  @Column({ type: 'text', nullable: true })
  acknowledgedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
