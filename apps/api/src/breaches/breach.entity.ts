import type { BreachCause, BreachStatus } from '@lekwacht/contracts';
import type { AssessmentFacts, EscalationPolicy } from '@lekwacht/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** One incident. Reference DL-YYYY-NNNN is gapless per year (see breach-counter.entity.ts). */
@Entity('breaches')
// Trigram (GIN) indexes for the list search; made by migration BreachSearchIndexes, which
// TypeORM cannot express: synchronize false keeps the drift check from dropping them.
@Index('breaches_reference_trgm_idx', { synchronize: false })
@Index('breaches_title_trgm_idx', { synchronize: false })
@Index('breaches_description_trgm_idx', { synchronize: false })
// the list's order and keyset position (issue #19)
@Index('breaches_discovered_at_reference_idx', ['discoveredAt', 'reference'])
export class BreachEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('breaches_reference_key', { unique: true })
  @Column({ type: 'text' })
  reference!: string;

  @Column({ type: 'text' })
  title!: string;

  /** Internal: may name every customer involved. Never reaches a notice (see customerSummary). */
  @Column({ type: 'text', default: '' })
  description!: string;

  /** What happened, in words fit for customers, Dutch; the only narrative a Dutch notice carries. */
  @Column({ type: 'text', nullable: true })
  customerSummaryNl!: string | null;

  /** The same for English notices. */
  @Column({ type: 'text', nullable: true })
  customerSummaryEn!: string | null;

  /**
   * Measures taken, in words for customers, per language: what a notice shows instead of the
   * internal `measuresTaken` (register, AP form). null = not written; see buildNoticeView.
   */
  @Column({ type: 'text', nullable: true })
  customerMeasuresNl!: string | null;

  @Column({ type: 'text', nullable: true })
  customerMeasuresEn!: string | null;

  /** Likely consequences for customers, per language, beside the internal `likelyConsequences`. */
  @Column({ type: 'text', nullable: true })
  customerConsequencesNl!: string | null;

  @Column({ type: 'text', nullable: true })
  customerConsequencesEn!: string | null;

  @Column({ type: 'text' })
  cause!: BreachCause;

  @Column({ type: 'timestamptz', nullable: true })
  occurredAt!: Date | null;

  /** Moment of awareness: starts both legal clocks. */
  @Column({ type: 'timestamptz' })
  discoveredAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  containedAt!: Date | null;

  /**
   * When the officer confirmed that this is a breach (not just a suspicion); starts customer
   * clocks whose agreement counts from confirmation. null = not confirmed yet.
   */
  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  /** The breach's named contact person (an internal user); escalations go there first. */
  @Column({ type: 'uuid', nullable: true })
  contactPersonId!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  affectedSystems!: string[];

  /** Internal (register, AP form); notices show customerMeasuresNl/En instead. */
  @Column({ type: 'text', default: '' })
  measuresTaken!: string;

  /** Internal (register, AP form); notices show customerConsequencesNl/En instead. */
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

  /**
   * The officer who owns (handles) the breach: the registering officer at first, then whoever it
   * was handed over to (audited as `breach.handed_over`). null only for a breach from before
   * owners whose registering user is unknown (migration BreachOwner).
   */
  @Index('breaches_owner_id_idx')
  @ForeignKey(() => UserEntity, { name: 'breaches_owner_id_fkey' })
  @Column({ type: 'uuid', nullable: true })
  ownerId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'int' })
  version!: number;
}
