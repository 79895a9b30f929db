import type { ObligationBasis, ObligationKind, ObligationState } from '@lekwacht/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * One duty to notify with its own clock; created with the breach so none can be forgotten.
 * Default order authority → customer → data_subjects (alphabetical kind happens to be the
 * display order), so lists such as the "open obligations" of a refused close do not depend on
 * where PostgreSQL happened to store the rows.
 */
@Entity('obligations', { orderBy: { kind: 'ASC', dueAt: 'ASC', id: 'ASC' } })
@Index('obligations_state_due_at_idx', ['state', 'dueAt'])
export class ObligationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('obligations_breach_id_idx')
  @Column({ type: 'uuid' })
  breachId!: string;

  @Column({ type: 'text' })
  kind!: ObligationKind;

  @Column({ type: 'uuid', nullable: true })
  customerId!: string | null;

  @Column({ type: 'text' })
  basis!: ObligationBasis;

  @Column({ type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  /** Proposed by the latest assessment; null until assessed. */
  @Column({ type: 'boolean', nullable: true })
  required!: boolean | null;

  @Column({ type: 'text', default: 'open' })
  state!: ObligationState;

  @Column({ type: 'timestamptz', nullable: true })
  fulfilledAt!: Date | null;

  /** Frozen at fulfilment. */
  @Column({ type: 'boolean', default: false })
  late!: boolean;

  @Column({ type: 'text', nullable: true })
  delayReason!: string | null;

  /**
   * The governed "not required" decision: an officer proposes it with a written rationale, a
   * manager who is not the proposer approves it. Names are kept as they were at the time, as the
   * register documents who decided (art. 33(5)).
   */
  @Column({ type: 'uuid', nullable: true })
  notRequiredProposedById!: string | null;

  @Column({ type: 'text', nullable: true })
  notRequiredProposedByName!: string | null;

  @Column({ type: 'text', nullable: true })
  notRequiredRationale!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  notRequiredProposedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  notRequiredDecidedById!: string | null;

  @Column({ type: 'text', nullable: true })
  notRequiredDecidedByName!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  notRequiredDecidedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
