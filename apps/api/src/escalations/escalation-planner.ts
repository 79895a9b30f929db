import { Injectable } from '@nestjs/common';
import {
  APPROVAL_STEP_ID,
  awaitsNotRequiredDecision,
  NOT_REQUIRED_DECISION_STEP_ID,
  planNotRequiredDecisionReminder,
  type EscalationPolicy,
  planApprovalEscalation,
  planEscalations,
  type PlannedEscalation,
} from '@lekwacht/domain';
import { In } from 'typeorm';
import type { Transaction } from '../database/unit-of-work';
import type { ObligationEntity } from '../obligations/obligation.entity';
import { EscalationEntity } from './escalation.entity';
import { readEscalationSettings } from './escalation-settings';
import { EscalationWakeUp } from './escalation-wake-up';

export interface PlanningBreach {
  id: string;
  escalationPolicy: EscalationPolicy;
  contactPersonId: string | null;
}

/** Turns the policy snapshot into scheduled rows, inside the caller's transaction. */
@Injectable()
export class EscalationPlanner {
  constructor(private readonly wakeUp: EscalationWakeUp) {}

  async planFor(
    tx: Transaction,
    breach: PlanningBreach,
    obligations: ObligationEntity[],
    now = new Date(),
  ): Promise<void> {
    const rows: EscalationEntity[] = [];
    const fired = obligations.length
      ? await tx.manager.find(EscalationEntity, {
          where: { obligationId: In(obligations.map((o) => o.id)), state: In(['fired', 'acknowledged']) },
          select: { obligationId: true, stepId: true },
        })
      : [];
    for (const o of obligations) {
      const planned = planEscalations({
        policy: breach.escalationPolicy,
        dueAt: o.dueAt,
        now,
        hasContactPerson: breach.contactPersonId !== null,
        obligationState: o.state,
        firedStepIds: fired.filter((f) => f.obligationId === o.id).map((f) => f.stepId),
        awaitingNotRequiredDecision: awaitsNotRequiredDecision({
          state: o.state,
          required: o.required,
          proposalPending: o.notRequiredProposedById !== null,
        }),
      });
      rows.push(...planned.map((p) => this.row(tx, breach.id, o.id, p)));
    }
    await this.insert(tx, rows);
  }

  /** New due times (corrected discovery): drop what has not fired yet and plan again. */
  async replanFor(
    tx: Transaction,
    breach: PlanningBreach,
    obligations: ObligationEntity[],
    now = new Date(),
  ): Promise<void> {
    await this.cancelScheduled(
      tx,
      obligations.map((o) => o.id),
      true,
    );
    await this.planFor(tx, breach, obligations, now);
  }

  /** A settled obligation escalates no further. */
  async cancelScheduled(tx: Transaction, obligationIds: string[], remove = false): Promise<void> {
    if (obligationIds.length === 0) return;
    if (remove) {
      await tx.manager.delete(EscalationEntity, { obligationId: In(obligationIds), state: 'scheduled' });
    } else {
      await tx.manager.update(
        EscalationEntity,
        { obligationId: In(obligationIds), state: 'scheduled' },
        { state: 'cancelled' },
      );
    }
  }

  /**
   * The clock is back on (a re-assessment made the duty required, a decision was reopened or
   * rejected): steps that never fired are dropped, cancelled ones included, because the unique
   * (obligation, step, occurrence) key would otherwise swallow the new plan; then the policy is
   * planned again from the due time. Thresholds already past collapse into one catch-up row that
   * fires at once, so an overdue duty is escalated as overdue straight away.
   */
  async deadlineBackOn(
    tx: Transaction,
    breach: PlanningBreach,
    obligations: ObligationEntity[],
    now: Date,
  ): Promise<void> {
    if (obligations.length === 0) return;
    await tx.manager.query(
      `DELETE FROM escalations
        WHERE obligation_id = ANY($1::uuid[]) AND state IN ('scheduled', 'cancelled') AND step_id <> ALL($2::text[])`,
      [obligations.map((o) => o.id), [APPROVAL_STEP_ID, NOT_REQUIRED_DECISION_STEP_ID]],
    );
    await this.cancelDecisionReminders(
      tx,
      obligations.map((o) => o.id),
    );
    await this.planFor(tx, breach, obligations, now);
  }

  /**
   * The duty became a decision to confirm: its deadline steps are cancelled (no "deadline passed"
   * mail for a duty the outcome calls not required) and managers get one reminder to decide.
   */
  async awaitDecision(tx: Transaction, obligations: ObligationEntity[]): Promise<void> {
    if (obligations.length === 0) return;
    await tx.manager.query(
      `UPDATE escalations SET state = 'cancelled'
        WHERE obligation_id = ANY($1::uuid[]) AND state = 'scheduled' AND step_id <> ALL($2::text[])`,
      [obligations.map((o) => o.id), [APPROVAL_STEP_ID, NOT_REQUIRED_DECISION_STEP_ID]],
    );
    await this.planDecisionReminders(tx, obligations);
  }

  /** One reminder per pending proposal (its occurrence follows the earlier proposals'). */
  async planDecisionReminders(tx: Transaction, obligations: ObligationEntity[]): Promise<void> {
    const pending = obligations.filter((o) => o.state === 'open' && o.notRequiredProposedAt !== null);
    if (pending.length === 0) return;
    const { approvalEscalation } = await readEscalationSettings(tx.manager);
    const used = (await tx.manager.query(
      `SELECT obligation_id, max(occurrence)::int AS max FROM escalations
        WHERE obligation_id = ANY($1::uuid[]) AND step_id = $2 GROUP BY obligation_id`,
      [pending.map((o) => o.id), NOT_REQUIRED_DECISION_STEP_ID],
    )) as { obligation_id: string; max: number }[];
    const next = new Map(used.map((u) => [u.obligation_id, u.max + 1]));
    // A proposal replacing a pending one replaces its reminder: one reminder per pending decision.
    await this.cancelDecisionReminders(
      tx,
      pending.map((o) => o.id),
    );
    const rows = pending.map((o) =>
      this.row(
        tx,
        o.breachId,
        o.id,
        planNotRequiredDecisionReminder({
          policy: approvalEscalation,
          proposedAt: o.notRequiredProposedAt as Date,
          occurrence: next.get(o.id) ?? 0,
        }),
      ),
    );
    await this.insert(tx, rows);
  }

  /** Decided, withdrawn or rejected: the reminder has nothing left to remind of. */
  async cancelDecisionReminders(tx: Transaction, obligationIds: string[]): Promise<void> {
    if (obligationIds.length === 0) return;
    await tx.manager.update(
      EscalationEntity,
      { obligationId: In(obligationIds), stepId: NOT_REQUIRED_DECISION_STEP_ID, state: 'scheduled' },
      { state: 'cancelled' },
    );
  }

  /** A draft submitted for approval: managers are reminded until someone approves or rejects it. */
  async planApprovalWaiting(tx: Transaction, authority: ObligationEntity, submittedAt: Date): Promise<void> {
    const { approvalEscalation } = await readEscalationSettings(tx.manager);
    // A re-submission after a rejection continues the count: (obligation, step, occurrence) is unique.
    const [{ next }] = (await tx.manager.query(
      `SELECT coalesce(max(occurrence) + 1, 0)::int AS next FROM escalations WHERE obligation_id = $1 AND step_id = $2`,
      [authority.id, APPROVAL_STEP_ID],
    )) as { next: number }[];
    const planned = planApprovalEscalation({
      policy: approvalEscalation,
      submittedAt,
      dueAt: authority.dueAt,
      occurrence: next,
    });
    await this.insert(tx, [this.row(tx, authority.breachId, authority.id, planned)]);
  }

  /** Approved or rejected: nothing waits any more. */
  async cancelApprovalWaiting(tx: Transaction, authorityObligationId: string): Promise<void> {
    await tx.manager.update(
      EscalationEntity,
      { obligationId: authorityObligationId, stepId: APPROVAL_STEP_ID, state: 'scheduled' },
      { state: 'cancelled' },
    );
  }

  row(tx: Transaction, breachId: string, obligationId: string, p: PlannedEscalation): EscalationEntity {
    return tx.manager.create(EscalationEntity, {
      breachId,
      obligationId,
      stepId: p.stepId,
      occurrence: p.occurrence,
      dueAt: p.dueAt,
      thresholdAt: p.thresholdAt,
      state: 'scheduled',
      plannedRecipients: p.recipients,
      recipients: [],
      catchUp: p.catchUp,
      firedAt: null,
      acknowledgedAt: null,
      acknowledgedById: null,
      acknowledgedBy: null,
    });
  }

  /** ON CONFLICT DO NOTHING: the unique key, not luck, keeps each step to one row. */
  async insert(tx: Transaction, rows: EscalationEntity[]): Promise<void> {
    if (rows.length === 0) return;
    for (let i = 0; i < rows.length; i += 500) {
      await tx.manager
        .createQueryBuilder()
        .insert()
        .into(EscalationEntity)
        .values(rows.slice(i, i + 500))
        .orIgnore()
        .execute();
    }
    const soonest = Math.min(...rows.map((r) => r.dueAt.getTime()));
    tx.afterCommit(() => this.wakeUp.poke(soonest));
  }
}
