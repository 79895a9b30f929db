import type {
  DataSubjectChannel,
  DataSubjectException,
  ObligationBasis,
  ObligationKind,
  ObligationState,
} from '@lekwacht/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Stored as JSON: instants as ISO strings; names as they were at the time, like the decision. */
export interface DataSubjectsInformedRecord {
  informedAt: string;
  channel: DataSubjectChannel;
  subjectsCount: number;
  message: string | null;
  messageUrl: string | null;
  recordedById: string;
  recordedByName: string;
}

export interface Art34ExceptionRecord {
  ground: DataSubjectException;
  publicCommunication: { where: string; at: string } | null;
}

/**
 * One duty to notify with its own clock; created with the breach so none can be forgotten.
 * Default order authority → customer → data_subjects (alphabetical kind happens to be the
 * display order), so lists such as the "open obligations" of a refused close do not depend on
 * where PostgreSQL happened to store the rows.
 */
@Entity('obligations', { orderBy: { kind: 'ASC', dueAt: 'ASC', id: 'ASC' } })
@Index('obligations_state_due_at_idx', ['state', 'dueAt'])
// The clock board's order (open duties by deadline, none last): an expression index made by
// migration ClockBoardDueIndex, which TypeORM cannot express; synchronize false keeps the drift
// check from dropping it.
@Index('obligations_open_due_idx', { synchronize: false })
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

  /** data_subjects only: how the people were informed (art. 34(1)); set when that fulfilled it. */
  @Column({ type: 'jsonb', nullable: true })
  dataSubjectsInformed!: DataSubjectsInformedRecord | null;

  /** data_subjects only: the art. 34(3) ground a "not required" decision rests on. */
  @Column({ type: 'jsonb', nullable: true })
  art34Exception!: Art34ExceptionRecord | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
