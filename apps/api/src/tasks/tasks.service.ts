import { isTaskOverdue, remindsAgain, taskStateProblems } from '@lekwacht/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import type { Actor } from '../audit/actor';
import { BreachEntity } from '../breaches/breach.entity';
import { Clock } from '../clock/clock';
import { type Transaction, UnitOfWork } from '../database/unit-of-work';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors/domain-errors';
import { UserEntity } from '../users/user.entity';
import { BreachTaskEntity } from './breach-task.entity';
import type { CreateTaskDto, OverdueTaskDto, TaskDto, UpdateTaskDto } from './task.dto';
import { TaskRemindersWakeUp } from './task-reminders-wake-up';

/** Who can hold a task: the roles that may read a breach, so the task and its reminder tell them nothing new. */
const ASSIGNABLE_ROLES: readonly string[] = ['officer', 'manager'];

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const toTaskDto = (task: BreachTaskEntity, names: Map<string, string>, now: Date): TaskDto => {
  const person = (id: string | null) => (id === null ? null : { id, name: names.get(id) ?? '' });
  return {
    id: task.id,
    breachId: task.breachId,
    title: task.title,
    assignee: person(task.assigneeId),
    dueAt: iso(task.dueAt),
    state: task.state,
    notNeededReason: task.notNeededReason,
    closedAt: iso(task.closedAt),
    closedBy: person(task.closedById),
    overdue: isTaskOverdue(task, now),
    createdAt: task.createdAt.toISOString(),
  };
};

const snapshot = (t: BreachTaskEntity) => ({
  title: t.title,
  assigneeId: t.assigneeId,
  dueAt: iso(t.dueAt),
  state: t.state,
  notNeededReason: t.notNeededReason,
});

/** Tasks on a breach: added by hand or from the checklist of its kind, each change audited. */
@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly wakeUp: TaskRemindersWakeUp,
  ) {}

  /** The breach's tasks in checklist order, then as added. */
  async list(breachId: string): Promise<TaskDto[]> {
    const m = this.dataSource.manager;
    if (!(await m.existsBy(BreachEntity, { id: breachId }))) throw new NotFoundError('breach', breachId);
    const tasks = await m.find(BreachTaskEntity, {
      where: { breachId },
      order: { position: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    return this.toDtos(m, tasks);
  }

  /** Open tasks past their due time on open breaches, longest overdue first (at most `limit`). */
  async overdue(limit = 100): Promise<OverdueTaskDto[]> {
    const rows = (await this.dataSource.query(
      `SELECT t.id, t.breach_id, t.title, t.due_at, t.assignee_id, u.name AS assignee_name,
              b.reference, b.title AS breach_title
         FROM breach_tasks t
         JOIN breaches b ON b.id = t.breach_id
         LEFT JOIN users u ON u.id = t.assignee_id
        WHERE t.state = 'open' AND t.due_at <= $1 AND b.status = 'open'
        ORDER BY t.due_at, t.id
        LIMIT $2`,
      [this.clock.now(), limit],
    )) as {
      id: string;
      breach_id: string;
      title: string;
      due_at: Date;
      assignee_id: string | null;
      assignee_name: string | null;
      reference: string;
      breach_title: string;
    }[];
    return rows.map((r) => ({
      taskId: r.id,
      breachId: r.breach_id,
      breachReference: r.reference,
      breachTitle: r.breach_title,
      title: r.title,
      dueAt: new Date(r.due_at).toISOString(),
      assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name ?? '' } : null,
    }));
  }

  async add(actor: Actor & { id: string }, breachId: string, dto: CreateTaskDto): Promise<TaskDto> {
    const task = await this.uow.run(actor, async (tx) => {
      await this.openBreach(tx, breachId);
      await this.checkAssignee(tx.manager, dto.assigneeId ?? null);
      const [{ next } = { next: 0 }] = (await tx.manager.query(
        `SELECT coalesce(max(position) + 1, 0)::int AS next FROM breach_tasks WHERE breach_id = $1`,
        [breachId],
      )) as { next: number }[];
      const created = tx.manager.create(BreachTaskEntity, {
        breachId,
        title: dto.title,
        assigneeId: dto.assigneeId ?? null,
        dueAt: dto.dueAt ? new Date(dto.dueAt) : null,
        state: 'open',
        notNeededReason: null,
        closedAt: null,
        closedById: null,
        remindedAt: null,
        position: next,
        createdById: actor.id,
      });
      await tx.manager.save(created);
      tx.audit({ action: 'task.added', entityType: 'task', entityId: created.id, breachId, after: snapshot(created) });
      tx.afterCommit(() => this.wakeUp.poke());
      return created;
    });
    const [dto_] = await this.toDtos(this.dataSource.manager, [task]);
    return dto_ as TaskDto;
  }

  /**
   * Changes a task: title, assignee, due date or state (done, not needed with a reason, open
   * again). A new due date or assignee makes its reminder due again; a closed breach takes no
   * changes (409).
   */
  async update(actor: Actor & { id: string }, breachId: string, taskId: string, dto: UpdateTaskDto): Promise<TaskDto> {
    const task = await this.uow.run(actor, async (tx) => {
      await this.openBreach(tx, breachId);
      const task = await tx.manager.findOne(BreachTaskEntity, {
        where: { id: taskId, breachId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!task) throw new NotFoundError('task', taskId);
      if (dto.assigneeId !== undefined) await this.checkAssignee(tx.manager, dto.assigneeId);
      const state = dto.state ?? task.state;
      const problems = taskStateProblems(
        state,
        dto.notNeededReason ?? (state === task.state ? task.notNeededReason : null),
      );
      if (problems.length > 0) throw new InvalidInputError(problems);

      const before = { ...task };
      if (dto.title !== undefined) task.title = dto.title;
      if (dto.assigneeId !== undefined) task.assigneeId = dto.assigneeId;
      if (dto.dueAt !== undefined) task.dueAt = dto.dueAt === null ? null : new Date(dto.dueAt);
      if (state !== before.state) {
        task.state = state;
        task.closedAt = state === 'open' ? null : this.clock.now();
        task.closedById = state === 'open' ? null : actor.id;
      }
      task.notNeededReason = state === 'not_needed' ? (dto.notNeededReason ?? task.notNeededReason) : null;
      if (remindsAgain(before, task)) task.remindedAt = null;
      await tx.manager.save(task);

      const action =
        state === before.state
          ? 'task.updated'
          : state === 'done'
            ? 'task.completed'
            : state === 'not_needed'
              ? 'task.not_needed'
              : 'task.reopened';
      tx.audit({
        action,
        entityType: 'task',
        entityId: task.id,
        breachId,
        before: snapshot(before),
        after: snapshot(task),
      });
      tx.afterCommit(() => this.wakeUp.poke());
      return task;
    });
    const [dto_] = await this.toDtos(this.dataSource.manager, [task]);
    return dto_ as TaskDto;
  }

  /** FOR SHARE: a close running at the same time waits for this change, or this change sees it closed. */
  private async openBreach(tx: Transaction, breachId: string): Promise<BreachEntity> {
    const breach = await tx.manager.findOne(BreachEntity, {
      where: { id: breachId },
      lock: { mode: 'pessimistic_read' },
    });
    if (!breach) throw new NotFoundError('breach', breachId);
    if (breach.status === 'closed')
      throw new ConflictError(['breach is closed; its tasks can only change while it is open']);
    return breach;
  }

  private async checkAssignee(m: EntityManager, assigneeId: string | null): Promise<void> {
    if (assigneeId === null) return;
    const user = await m.findOneBy(UserEntity, { id: assigneeId });
    if (!user || !user.active || !ASSIGNABLE_ROLES.includes(user.role))
      throw new InvalidInputError([
        `assigneeId must be one of the active officers and managers (${assigneeId} is not)`,
      ]);
  }

  private async toDtos(m: EntityManager, tasks: BreachTaskEntity[]): Promise<TaskDto[]> {
    const ids = [...new Set(tasks.flatMap((t) => [t.assigneeId, t.closedById]).filter((id): id is string => !!id))];
    const users = ids.length
      ? await m.find(UserEntity, { select: { id: true, name: true }, where: { id: In(ids) } })
      : [];
    const names = new Map(users.map((u) => [u.id, u.name]));
    const now = this.clock.now();
    return tasks.map((t) => toTaskDto(t, names, now));
  }
}
