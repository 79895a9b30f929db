import type { TaskState } from '@lekwacht/domain';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { BreachEntity } from '../breaches/breach.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A task on a breach: something a colleague has to do, by when. Tasks are kept (no delete): one
 * that turns out unnecessary is closed as "not needed" with its reason, so the record shows it was
 * considered.
 */
@Entity('breach_tasks')
@Index('breach_tasks_breach_position_idx', ['breachId', 'position'])
@Index('breach_tasks_reminder_due_idx', ['dueAt'], {
  where: `"state" = 'open' AND "reminded_at" IS NULL AND "due_at" IS NOT NULL`,
})
// 200: MAX_TASK_TITLE in libs/domain (a literal: the migration tools load entities without path aliases)
@Check('breach_tasks_title_length_check', `char_length("title") BETWEEN 1 AND 200`)
@Check('breach_tasks_state_check', `"state" IN ('open', 'done', 'not_needed')`)
export class BreachTaskEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'breach_tasks_pkey' })
  id!: string;

  @ForeignKey(() => BreachEntity, { name: 'breach_tasks_breach_id_fkey' })
  @Column({ type: 'uuid' })
  breachId!: string;

  @Column({ type: 'text' })
  title!: string;

  @ForeignKey(() => UserEntity, { name: 'breach_tasks_assignee_id_fkey' })
  @Index('breach_tasks_assignee_id_idx')
  @Column({ type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ type: 'text', default: 'open' })
  state!: TaskState;

  @Column({ type: 'text', nullable: true })
  notNeededReason!: string | null;

  /** When it was closed (done or not needed), and by whom. */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  closedById!: string | null;

  /**
   * When its assignee was reminded that it fell due. Set in the same statement that claims the
   * reminder (one per task and due date, however many instances run); cleared by a new due date or
   * assignee.
   */
  @Column({ type: 'timestamptz', nullable: true })
  remindedAt!: Date | null;

  /** Order on the breach page: checklist order, then added ones at the end. */
  @Column({ type: 'int', default: 0 })
  position!: number;

  @Column({ type: 'uuid' })
  createdById!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
