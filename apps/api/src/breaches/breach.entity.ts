import type { BreachCause, BreachStatus } from '@lekwacht/contracts';
import type { AssessmentFacts, EscalationPolicy } from '@lekwacht/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** One incident. Reference DL-YYYY-NNNN is gapless per year (see breach-counter.entity.ts). */
@Entity('breaches')
// Trigram (GIN) indexes for the list search; made by migration BreachSearchIndexes, which
// TypeORM cannot express: synchronize false keeps the drift check from dropping them.
@Index('breaches_reference_trgm_idx', { synchronize: false })
@Index('breaches_title_trgm_idx', { synchronize: false })
@Index('breaches_description_trgm_idx', { synchronize: false })
export class BreachEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('breaches_reference_key', { unique: true })
  @Column({ type: 'text' })
  reference!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text' })
  cause!: BreachCause;

  @Column({ type: 'timestamptz', nullable: true })
  occurredAt!: Date | null;

  /** Moment of awareness: starts both legal clocks. */
  @Index('breaches_discovered_at_idx')
  @Column({ type: 'timestamptz' })
  discoveredAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  containedAt!: Date | null;

  /** The breach's named contact person (an internal user); escalations go there first. */
  @Column({ type: 'uuid', nullable: true })
  contactPersonId!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  affectedSystems!: string[];

  @Column({ type: 'text', default: '' })
  measuresTaken!: string;

  @Column({ type: 'text', default: '' })
  likelyConsequences!: string;

  /** The assessment input; null while the officer has not filled it in yet. */
  @Column({ type: 'jsonb', nullable: true })
  facts!: AssessmentFacts | null;

  /** The escalation policy in force at registration; later policy edits do not touch it. */
  @Column({ type: 'jsonb' })
  escalationPolicy!: EscalationPolicy;

  @Index('breaches_status_idx')
  @Column({ type: 'text', default: 'open' })
  status!: BreachStatus;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'uuid' })
  createdById!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'int' })
  version!: number;
}
