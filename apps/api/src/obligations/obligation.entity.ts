import type { ObligationBasis, ObligationKind, ObligationState } from '@lekwacht/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One duty to notify with its own clock; created with the breach so none can be forgotten. */
@Entity('obligations')
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
