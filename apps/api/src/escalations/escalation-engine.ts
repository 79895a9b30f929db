import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APPROVAL_STEP_ID,
  awaitsNotRequiredDecision,
  mayApprove,
  NOT_REQUIRED_DECISION_STEP_ID,
  parseAcknowledgementFollowUpStepId,
  planAcknowledgementFollowUp,
  planNextApprovalEscalation,
  planNextRecurrence,
  shouldFireAcknowledgementFollowUp,
} from '@lekwacht/domain';
import type { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../audit/actor';
import { BreachEntity } from '../breaches/breach.entity';
import { Clock } from '../clock/clock';
import { AppConfig } from '../config/app-config';
import { type Transaction, UnitOfWork } from '../database/unit-of-work';
import { SchedulerHeartbeat } from '../health/scheduler-heartbeat';
import { AppMetrics } from '../metrics/app-metrics';
import { ObligationEntity } from '../obligations/obligation.entity';
import { EscalationEntity, type ResolvedRecipient } from './escalation.entity';
import { EscalationDigest } from './escalation-digest';
import { EscalationPlanner } from './escalation-planner';
import { readEscalationSettings } from './escalation-settings';
import { EscalationWakeUp } from './escalation-wake-up';
import { RecipientResolver } from './recipient-resolver';

const SWEEP_MS = 5000;

/**
 * Fires due escalation rows. @nestjs/schedule only triggers a sweep every few seconds; a precise
 * timer armed for the next due row keeps lateness to well under a second. Each row is claimed
 * FOR UPDATE SKIP LOCKED in its own transaction that also adds it to its recipients' digests and plans
 * the follow-ups, so several instances never fire one twice and a crash never loses one.
 */
@Injectable()
export class EscalationEngine implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(EscalationEngine.name);
  private timer: NodeJS.Timeout | null = null;
  private timerAt = Infinity;
  private running: Promise<number> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly planner: EscalationPlanner,
    private readonly recipients: RecipientResolver,
    private readonly digest: EscalationDigest,
    private readonly config: AppConfig,
    private readonly heartbeat: SchedulerHeartbeat,
    private readonly clock: Clock,
    wakeUp: EscalationWakeUp,
    private readonly metrics: AppMetrics,
  ) {
    wakeUp.onPoke((dueAtMs) => {
      if (this.config.schedulerEnabled) this.arm(dueAtMs);
    });
  }

  onApplicationBootstrap(): void {
    if (this.config.schedulerEnabled) void this.sweep();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  @Interval('escalation-sweep', SWEEP_MS)
  async sweep(): Promise<void> {
    if (!this.config.schedulerEnabled || this.stopped) return;
    await this.fireDue();
    await this.armForNext();
  }

  /**
   * Fires every due row, then writes the digests that are due; returns how many fired. Safe to
   * call concurrently (runs once more). Digests are written after the firing round, not inside it,
   * so a slow digest never holds back the next firing.
   */
  async fireDue(now: () => Date = () => this.clock.now()): Promise<number> {
    const fired = await this.fireAll(now);
    // What fired is mailed as digests: at once to a recipient with no mail in the interval.
    if (!this.stopped) await this.digest.sendDue(now());
    return fired;
  }

  private fireAll(now: () => Date): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let total = 0;
      try {
        do {
          this.again = false;
          for (;;) {
            const fired = await this.fireOne(now);
            if (fired === null || this.stopped) break;
            total += fired ? 1 : 0;
          }
        } while (this.again && !this.stopped);
      } finally {
        this.running = null;
      }
      return total;
    })();
    return this.running;
  }

  private arm(dueAtMs: number): void {
    if (this.stopped || dueAtMs >= this.timerAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = dueAtMs;
    const delay = Math.max(0, Math.min(dueAtMs - Date.now(), SWEEP_MS));
    this.timer = setTimeout(() => {
      this.timer = null;
      this.timerAt = Infinity;
      void this.sweep().catch((err: unknown) => this.logger.error(err));
    }, delay);
    this.timer.unref();
  }

  private async armForNext(): Promise<void> {
    const [next] = (await this.dataSource.query(
      `SELECT min(due_at) AS due_at FROM escalations WHERE state = 'scheduled'`,
    )) as { due_at: Date | null }[];
    const dueMs = next?.due_at ? new Date(next.due_at).getTime() : null;
    // Lag = how long the oldest unfired due row has been waiting (0 when none is due).
    this.heartbeat.tick(dueMs !== null ? Math.max(0, Date.now() - dueMs) : 0);
    if (dueMs !== null) this.arm(dueMs);
  }

  /** Claims and handles one due row: true fired, false skipped/cancelled, null nothing due. */
  private async fireOne(now: () => Date): Promise<boolean | null> {
    let claimedId: string | null = null;
    try {
      return await this.uow.run(SYSTEM_ACTOR, async (tx) => {
        const [row] = (await tx.manager.query(
          `SELECT id FROM escalations WHERE state = 'scheduled' AND due_at <= $1
            ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [now()],
        )) as { id: string }[];
        if (!row) return null;
        claimedId = row.id;
        const escalation = await tx.manager.findOneByOrFail(EscalationEntity, { id: row.id });
        return this.handle(tx, escalation, now());
      });
    } catch (err) {
      // One bad row must not stall the others: park it and carry on.
      this.logger.error(
        `escalation ${claimedId ?? '?'} could not fire: ${err instanceof Error ? err.stack : String(err)}`,
      );
      if (claimedId) {
        await this.dataSource
          .query(`UPDATE escalations SET due_at = now() + interval '1 minute' WHERE id = $1`, [claimedId])
          .catch(() => undefined);
        return false;
      }
      return null;
    }
  }

  private async handle(tx: Transaction, e: EscalationEntity, now: Date): Promise<boolean> {
    const obligation = await tx.manager.findOneByOrFail(ObligationEntity, { id: e.obligationId });
    const breach = await tx.manager.findOneByOrFail(BreachEntity, { id: e.breachId });
    if (e.stepId === APPROVAL_STEP_ID) return this.handleApprovalWaiting(tx, e, obligation, breach, now);
    if (e.stepId === NOT_REQUIRED_DECISION_STEP_ID) return this.handleDecisionWaiting(tx, e, obligation, breach, now);
    const followedStepId = parseAcknowledgementFollowUpStepId(e.stepId);
    const isFollowUp = followedStepId !== null;
    const baseStepId = followedStepId ?? e.stepId;

    // A duty the outcome calls not required, with its decision pending, never escalates as a deadline.
    let skip =
      obligation.state !== 'open' ||
      awaitsNotRequiredDecision({
        state: obligation.state,
        required: obligation.required,
        proposalPending: obligation.notRequiredProposedById !== null,
      });
    if (!skip && isFollowUp) {
      const original = await tx.manager.findOneBy(EscalationEntity, {
        obligationId: e.obligationId,
        stepId: baseStepId,
        occurrence: e.occurrence,
      });
      skip = !shouldFireAcknowledgementFollowUp({
        obligationState: obligation.state,
        acknowledgedAt: original?.acknowledgedAt ?? null,
      });
    }
    if (skip) {
      e.state = obligation.state === 'open' ? 'skipped' : 'cancelled';
      await tx.manager.save(e);
      return false;
    }

    const { recipients, replacedContactPerson } = await this.recipients.resolve(
      tx.manager,
      e.plannedRecipients,
      breach,
    );
    const policyStep = breach.escalationPolicy.steps.find((s) => s.id === baseStepId);
    // The planner already swapped a missing contact person for management; say so in the mail.
    const standsInForContact =
      replacedContactPerson ||
      (!isFollowUp &&
        !!policyStep?.recipients.includes('contact_person') &&
        !recipients.some((r) => r.kind === 'contact_person'));
    // The first firing of the policy's first overdue step is the moment the duty became overdue
    // (the `obligation.overdue` webhook): once per obligation, however often the step repeats.
    const firstOverdueStep = breach.escalationPolicy.steps.find((s) => s.trigger.type === 'after_due_every');
    const becameOverdue = !isFollowUp && e.occurrence === 0 && firstOverdueStep?.id === baseStepId;
    await this.fire(tx, e, breach, obligation, recipients, now, {
      replacesContactPerson: standsInForContact,
      acknowledgementTimeout: isFollowUp,
      awaitingApproval: false,
      becameOverdue,
    });

    const policy = breach.escalationPolicy;
    const followUps = [
      policyStep && !isFollowUp
        ? planNextRecurrence({
            step: policyStep,
            fired: { occurrence: e.occurrence, firedAt: now },
            hasContactPerson: breach.contactPersonId !== null,
            obligationState: obligation.state,
          })
        : null,
      !isFollowUp
        ? planAcknowledgementFollowUp(policy, {
            stepId: e.stepId,
            occurrence: e.occurrence,
            firedAt: now,
            recipients: recipients.some((r) => r.kind === 'contact_person') ? ['contact_person'] : [],
          })
        : null,
    ].filter((p) => p !== null);
    await this.planner.insert(
      tx,
      followUps.map((p) => this.planner.row(tx, breach.id, obligation.id, p)),
    );
    return true;
  }

  /**
   * An AP notification waiting for approval: managers other than the drafter (who may not
   * approve it) are reminded, and again every `everyHours` until it is approved or rejected.
   */
  private async handleApprovalWaiting(
    tx: Transaction,
    e: EscalationEntity,
    obligation: ObligationEntity,
    breach: BreachEntity,
    now: Date,
  ): Promise<boolean> {
    const [notification] = (await tx.manager.query(
      `SELECT state, drafted_by_id FROM authority_notifications WHERE breach_id = $1`,
      [breach.id],
    )) as {
      state: string;
      drafted_by_id: string | null;
    }[];
    if (obligation.state !== 'open' || notification?.state !== 'awaiting_approval') {
      e.state = 'cancelled';
      await tx.manager.save(e);
      return false;
    }
    const { recipients: all } = await this.recipients.resolve(tx.manager, e.plannedRecipients, breach);
    // four-eyes: the drafter is not asked to approve (a mailbox without a user always is)
    const drafter = notification.drafted_by_id;
    const approvers = drafter === null ? all : all.filter((r) => r.userId === null || mayApprove(drafter, r.userId));
    await this.fire(tx, e, breach, obligation, approvers.length ? approvers : all, now, {
      replacesContactPerson: false,
      acknowledgementTimeout: false,
      awaitingApproval: true,
    });
    const { approvalEscalation } = await readEscalationSettings(tx.manager);
    const next = planNextApprovalEscalation(approvalEscalation, { occurrence: e.occurrence, firedAt: now });
    await this.planner.insert(tx, [this.planner.row(tx, breach.id, obligation.id, next)]);
    return true;
  }

  /**
   * A "not required" decision waiting for a manager: one reminder to the managers other than the
   * proposer (four-eyes), unless it was decided, withdrawn or rejected meanwhile.
   */
  private async handleDecisionWaiting(
    tx: Transaction,
    e: EscalationEntity,
    obligation: ObligationEntity,
    breach: BreachEntity,
    now: Date,
  ): Promise<boolean> {
    if (obligation.state !== 'open' || obligation.notRequiredProposedById === null) {
      e.state = 'cancelled';
      await tx.manager.save(e);
      return false;
    }
    const { recipients: all } = await this.recipients.resolve(tx.manager, e.plannedRecipients, breach);
    const deciders = all.filter((r) => r.userId === null || mayApprove(obligation.notRequiredProposedById, r.userId));
    await this.fire(tx, e, breach, obligation, deciders.length ? deciders : all, now, {
      replacesContactPerson: false,
      acknowledgementTimeout: false,
      awaitingApproval: false,
      awaitingDecision: true,
    });
    return true;
  }

  /** Marks the row fired, adds it to its recipients' digests and writes its audit event, in the claiming transaction. */
  private async fire(
    tx: Transaction,
    e: EscalationEntity,
    breach: BreachEntity,
    obligation: ObligationEntity,
    recipients: ResolvedRecipient[],
    now: Date,
    mail: {
      replacesContactPerson: boolean;
      acknowledgementTimeout: boolean;
      awaitingApproval: boolean;
      awaitingDecision?: boolean;
      becameOverdue?: boolean;
    },
  ): Promise<void> {
    e.state = 'fired';
    e.firedAt = now;
    e.recipients = recipients;
    await tx.manager.save(e);
    const reason = mail.awaitingDecision
      ? 'awaiting_decision'
      : mail.awaitingApproval
        ? 'awaiting_approval'
        : mail.acknowledgementTimeout
          ? 'acknowledgement_timeout'
          : mail.replacesContactPerson
            ? 'replaces_contact_person'
            : null;
    await this.digest.collect(tx, e, recipients, reason, now);
    tx.afterCommit(() => this.metrics.escalationFired(obligation.kind, now.getTime() - e.dueAt.getTime()));
    tx.audit({
      action: 'escalation.fired',
      entityType: 'escalation',
      entityId: e.id,
      breachId: breach.id,
      after: {
        step: e.stepId,
        occurrence: e.occurrence,
        kind: obligation.kind,
        dueAt: e.dueAt,
        lateMs: now.getTime() - e.dueAt.getTime(),
        ...(mail.becameOverdue ? { becameOverdue: true } : {}),
        recipients: recipients.map((r) => ({ name: r.name, email: r.email, kind: r.kind })),
      },
    });
  }
}
