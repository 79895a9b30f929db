import type { AssessmentFacts, AssessmentOutcome } from '@lekwacht/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A human override of the computed outcome; never without a written justification. */
export interface AssessmentOverride {
  authorityRequired?: boolean;
  dataSubjectsRequired?: boolean;
  justification: string;
}

/** One version of a breach's assessment; re-assessing adds a version, none is ever changed. */
@Entity('assessments')
@Index('assessments_breach_id_version_key', ['breachId', 'version'], { unique: true })
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('assessments_breach_id_idx')
  @Column({ type: 'uuid' })
  breachId!: string;

  /** 1, 2, … per breach. */
  @Column({ type: 'int' })
  version!: number;

  /** The facts as they were assessed (the breach's facts may change later). */
  @Column({ type: 'jsonb' })
  facts!: AssessmentFacts;

  /** What the engine concluded. */
  @Column({ type: 'jsonb' })
  computed!: AssessmentOutcome;

  /** The outcome after the override; equal to computed without one. */
  @Column({ type: 'jsonb' })
  final!: AssessmentOutcome;

  @Column({ type: 'jsonb', nullable: true })
  override!: AssessmentOverride | null;

  @Column({ type: 'uuid' })
  assessedById!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
