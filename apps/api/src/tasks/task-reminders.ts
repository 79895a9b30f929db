import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { SYSTEM_ACTOR } from '../audit/actor';
import { BreachEntity } from '../breaches/breach.entity';
import { Clock } from '../clock/clock';
import { AppConfig } from '../config/app-config';
import { UnitOfWork } from '../database/unit-of-work';
import { Outbox, type OutgoingMail } from '../mail/outbox.service';
import { loadOrganisationProfile } from '../organisation/organisation-profile.store';
import { UserEntity } from '../users/user.entity';
import { composeTaskReminderMail } from './task-reminder-mail';
import { TaskRemindersWakeUp } from './task-reminders-wake-up';

/** The sweep that catches what a timer missed (another instance's change, a restart). */
const SWEEP_MS = 5000;
/** Reminders claimed per transaction. */
const BATCH = 100;

interface ClaimedTask {
  id: string;
  breach_id: string;
  title: string;
  due_at: Date;
  assignee_id: string;
}

/**
 * Mails a task's assignee once when it falls due. The claim is one statement (FOR UPDATE SKIP
 * LOCKED, `reminded_at` set) in the transaction that queues the mail and its audit event, so a
 * reminder is sent exactly once however many instances run, and never without its record. A
 * timer armed for the next due task keeps it on time between sweeps.
 */
@Injectable()
export class TaskReminders implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(TaskReminders.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    wakeUp: TaskRemindersWakeUp,
  ) {
    wakeUp.onPoke(() => void this.sweep());
  }

  onApplicationBootstrap(): void {
    void this.sweep();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  @Interval('task-reminders', SWEEP_MS)
  async sweep(): Promise<void> {
    if (!this.config.schedulerEnabled || this.stopped) return;
    try {
      await this.remindDue();
      await this.armForNext();
    } catch (err) {
      this.logger.error(err);
    }
  }

  /** Sends every due reminder; returns how many. Safe to call concurrently (joins the run in progress). */
  remindDue(): Promise<number> {
    if (this.running) return this.running;
    this.running = (async () => {
      let total = 0;
      try {
        let n: number;
        do {
          n = await this.remindBatch();
          total += n;
        } while (n === BATCH && !this.stopped);
      } finally {
        this.running = null;
      }
      return total;
    })();
    return this.running;
  }

  private remindBatch(): Promise<number> {
    const now = this.clock.now();
    return this.uow.run(SYSTEM_ACTOR, async (tx) => {
      const claimed = (await tx.manager.query(
        `UPDATE breach_tasks SET reminded_at = $1
          WHERE id IN (SELECT id FROM breach_tasks
                        WHERE state = 'open' AND reminded_at IS NULL AND due_at IS NOT NULL AND due_at <= $1
                          AND assignee_id IS NOT NULL
                        ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED)
          RETURNING id, breach_id, title, due_at, assignee_id`,
        [now, BATCH],
      )) as [ClaimedTask[], number] | ClaimedTask[];
      const tasks = (Array.isArray(claimed[0]) ? claimed[0] : claimed) as ClaimedTask[];
      if (tasks.length === 0) return 0;
      // one after the other: a transaction's queries share one connection
      const users = await tx.manager.findBy(UserEntity, { id: In([...new Set(tasks.map((t) => t.assignee_id))]) });
      const breaches = await tx.manager.find(BreachEntity, {
        select: { id: true, reference: true, title: true },
        where: { id: In([...new Set(tasks.map((t) => t.breach_id))]) },
      });
      const organisation = await loadOrganisationProfile(tx.manager);
      const userById = new Map(users.map((u) => [u.id, u]));
      const breachById = new Map(breaches.map((b) => [b.id, b]));
      const mails: OutgoingMail[] = [];
      for (const task of tasks) {
        const user = userById.get(task.assignee_id);
        const breach = breachById.get(task.breach_id);
        if (!user || !breach) continue;
        const dueAt = new Date(task.due_at);
        // a deactivated assignee gets no mail; the task shows as overdue on the board and in the list
        if (user.active)
          mails.push({
            kind: 'system',
            breachId: breach.id,
            sourceId: task.id,
            to: { name: user.name, email: user.email },
            ...composeTaskReminderMail({
              recipient: { name: user.name, language: user.language },
              breach: { reference: breach.reference, title: breach.title },
              task: { title: task.title, dueAt },
              breachUrl: `${this.config.publicUrl}/breaches/${breach.id}/tasks`,
              organisation,
            }),
          });
        tx.audit({
          action: 'task.reminder_sent',
          entityType: 'task',
          entityId: task.id,
          breachId: breach.id,
          after: { title: task.title, dueAt: dueAt.toISOString(), assigneeId: user.id, mailed: user.active },
        });
      }
      await this.outbox.enqueue(tx, mails);
      return tasks.length;
    });
  }

  private async armForNext(): Promise<void> {
    const [row] = (await this.dataSource.query(
      `SELECT min(due_at) AS next FROM breach_tasks
        WHERE state = 'open' AND reminded_at IS NULL AND due_at IS NOT NULL AND assignee_id IS NOT NULL`,
    )) as { next: Date | null }[];
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!row?.next || this.stopped) return;
    const wait = new Date(row.next).getTime() - this.clock.now().getTime();
    if (wait >= SWEEP_MS) return; // the sweep comes first
    this.timer = setTimeout(() => void this.sweep(), Math.max(0, wait) + 5);
    this.timer.unref();
  }
}
