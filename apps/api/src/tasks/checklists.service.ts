import { BREACH_CAUSES, type BreachCause } from '@lekwacht/contracts';
import {
  type ChecklistItem,
  type Checklists,
  checklistProblems,
  DEFAULT_CHECKLISTS,
  tasksFromChecklist,
} from '@lekwacht/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../audit/actor';
import type { BreachEntity } from '../breaches/breach.entity';
import { type Transaction, UnitOfWork } from '../database/unit-of-work';
import { InvalidInputError } from '../errors/domain-errors';
import { BreachTaskEntity } from './breach-task.entity';
import type { ChecklistDto } from './task.dto';
import { TaskRemindersWakeUp } from './task-reminders-wake-up';

export const CHECKLISTS_KEY = 'checklists';

async function readChecklists(m: EntityManager): Promise<Checklists> {
  const [row] = (await m.query(`SELECT value FROM app_settings WHERE key = $1`, [CHECKLISTS_KEY])) as {
    value: Checklists;
  }[];
  // a kind of breach the admin never edited keeps its default checklist
  return { ...DEFAULT_CHECKLISTS, ...row?.value };
}

/**
 * Checklist templates per kind of breach (its cause), kept in app_settings and edited by admins;
 * applied when a breach is registered: its steps become tasks for the registering officer.
 */
@Injectable()
export class ChecklistsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly wakeUp: TaskRemindersWakeUp,
  ) {}

  async list(): Promise<ChecklistDto[]> {
    const all = await readChecklists(this.dataSource.manager);
    return BREACH_CAUSES.map((cause) => ({ cause, items: all[cause] ?? [] }));
  }

  async replace(actor: Actor, cause: BreachCause, items: ChecklistItem[]): Promise<ChecklistDto> {
    const clean = items.map((i) => ({ title: i.title.trim(), dueAfterHours: i.dueAfterHours }));
    const problems = checklistProblems(clean);
    if (problems.length > 0) throw new InvalidInputError(problems);
    await this.uow.run(actor, async (tx) => {
      const all = await readChecklists(tx.manager);
      const before = all[cause] ?? [];
      await tx.manager.query(
        `INSERT INTO app_settings (key, value) VALUES ($1, $2::jsonb)
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
        [CHECKLISTS_KEY, JSON.stringify({ ...all, [cause]: clean })],
      );
      tx.audit({
        action: 'checklist.updated',
        entityType: 'checklist',
        entityId: cause,
        before: { cause, items: before },
        after: { cause, items: clean },
      });
    });
    return { cause, items: clean };
  }

  /** Inside the registration's transaction: the checklist of the breach's kind as tasks for its owner. */
  async applyTo(tx: Transaction, breach: BreachEntity, registeredAt: Date): Promise<void> {
    const items = (await readChecklists(tx.manager))[breach.cause] ?? [];
    if (items.length === 0) return;
    const tasks = tasksFromChecklist(items, registeredAt).map((t) =>
      tx.manager.create(BreachTaskEntity, {
        breachId: breach.id,
        title: t.title,
        assigneeId: breach.ownerId ?? breach.createdById,
        dueAt: t.dueAt,
        state: 'open',
        notNeededReason: null,
        closedAt: null,
        closedById: null,
        remindedAt: null,
        position: t.position,
        createdById: breach.createdById,
      }),
    );
    await tx.manager.insert(BreachTaskEntity, tasks);
    tx.audit({
      action: 'task.checklist_applied',
      entityType: 'breach',
      entityId: breach.id,
      breachId: breach.id,
      after: {
        cause: breach.cause,
        tasks: tasks.map((t) => ({ title: t.title, dueAt: t.dueAt?.toISOString() ?? null })),
      },
    });
    tx.afterCommit(() => this.wakeUp.poke());
  }
}
