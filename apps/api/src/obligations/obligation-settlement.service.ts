import { Injectable } from '@nestjs/common';
import { isLate, type ObligationEvent, ObligationTransitionError, transitionObligation } from '@lekwacht/domain';
import { In } from 'typeorm';
import { BreachEntity } from '../breaches/breach.entity';
import { Clock } from '../clock/clock';
import type { Transaction } from '../database/unit-of-work';
import { ConflictError } from '../errors/domain-errors';
import { EscalationPlanner } from '../escalations/escalation-planner';
import { toObligationDto } from './obligation.dto';
import { type DataSubjectsInformedRecord, ObligationEntity } from './obligation.entity';

export interface Fulfilment {
  obligation: ObligationEntity;
  /** When the duty was met (the notification's own time, not "now"): lateness is judged here. */
  at: Date;
  delayReason?: string | null;
  /** data_subjects: the record of how the people were informed. */
  dataSubjectsInformed?: DataSubjectsInformedRecord;
  /** Extra audit detail, e.g. the notice that fulfilled it. */
  detail?: Record<string, unknown>;
}

export interface NotRequiredSettlement {
  obligation: ObligationEntity;
  decidedBy: { id: string; name: string };
  at: Date;
}

export interface Reopening {
  obligation: ObligationEntity;
  /** Why the decision no longer holds, for the audit trail (e.g. "assessment version 3"). */
  reason: string;
}

/**
 * The one way an obligation is settled or reopened (DESIGN.md § Obligation), for every path: AP
 * submission, notice delivery, the governed "not required" decision, data subjects informed and
 * re-assessment. Each call takes a batch and works set-based: one UPDATE for the obligations, one
 * for their escalations, an audit event per obligation, all in the caller's transaction. Callers
 * pass locked rows (SELECT … FOR UPDATE) so two paths cannot settle one obligation twice.
 */
@Injectable()
export class ObligationSettlement {
  constructor(
    private readonly planner: EscalationPlanner,
    private readonly clock: Clock,
  ) {}

  /** Met at `at`: lateness frozen at that instant; nothing escalates any more. */
  async fulfil(tx: Transaction, items: Fulfilment[]): Promise<ObligationEntity[]> {
    const befores = items.map((i) => toObligationDto(i.obligation, this.clock.now()));
    for (const { obligation: o, at, delayReason, dataSubjectsInformed } of items) {
      o.state = this.transition(o, 'fulfil');
      o.fulfilledAt = at;
      o.late = isLate(o.dueAt, at);
      o.delayReason = delayReason ?? null;
      if (dataSubjectsInformed) o.dataSubjectsInformed = dataSubjectsInformed;
    }
    const rows = items.map((i) => i.obligation);
    await this.persist(tx, rows);
    await this.planner.cancelScheduled(
      tx,
      rows.map((o) => o.id),
    );
    items.forEach(({ obligation: o, detail }, n) =>
      tx.audit({
        action: 'obligation.fulfilled',
        entityType: 'obligation',
        entityId: o.id,
        breachId: o.breachId,
        before: befores[n],
        after: { ...toObligationDto(o, this.clock.now()), ...detail },
      }),
    );
    return rows;
  }

  /** The approved "not required" decision: settled, with who decided and when; never late. */
  async settleNotRequired(tx: Transaction, items: NotRequiredSettlement[]): Promise<ObligationEntity[]> {
    const befores = items.map((i) => toObligationDto(i.obligation, this.clock.now()));
    for (const { obligation: o, decidedBy, at } of items) {
      o.state = this.transition(o, 'decide_not_required');
      o.notRequiredDecidedById = decidedBy.id;
      o.notRequiredDecidedByName = decidedBy.name;
      o.notRequiredDecidedAt = at;
      o.late = false;
    }
    const rows = items.map((i) => i.obligation);
    await this.persist(tx, rows);
    await this.planner.cancelScheduled(
      tx,
      rows.map((o) => o.id),
    );
    items.forEach(({ obligation: o }, n) =>
      tx.audit({
        action: 'obligation.not_required_approved',
        entityType: 'obligation',
        entityId: o.id,
        breachId: o.breachId,
        before: befores[n],
        after: {
          ...toObligationDto(o, this.clock.now()),
          rationale: o.notRequiredRationale,
          ...(o.art34Exception && { art34Exception: o.art34Exception }),
        },
      }),
    );
    return rows;
  }

  /**
   * A not_required decision that no longer holds: open again, the decision cleared, and the clock
   * back on from discovery (the due time never moved), so an obligation already past its due time
   * shows as overdue at once and its overdue step fires at once.
   */
  async reopen(tx: Transaction, items: Reopening[], now = this.clock.now()): Promise<ObligationEntity[]> {
    const befores = items.map((i) => toObligationDto(i.obligation, now));
    for (const { obligation: o } of items) {
      o.state = this.transition(o, 'reopen');
      o.fulfilledAt = null;
      o.late = false;
      o.notRequiredProposedById = null;
      o.notRequiredProposedByName = null;
      o.notRequiredRationale = null;
      o.notRequiredProposedAt = null;
      o.notRequiredDecidedById = null;
      o.notRequiredDecidedByName = null;
      o.notRequiredDecidedAt = null;
      o.art34Exception = null;
    }
    const rows = items.map((i) => i.obligation);
    await this.persist(tx, rows);
    const breachIds = [...new Set(rows.map((o) => o.breachId))];
    const breaches = await tx.manager.find(BreachEntity, { where: { id: In(breachIds) } });
    for (const breach of breaches) {
      await this.planner.deadlineBackOn(
        tx,
        breach,
        rows.filter((o) => o.breachId === breach.id),
        now,
      );
    }
    items.forEach(({ obligation: o, reason }, n) =>
      tx.audit({
        action: 'obligation.reopened',
        entityType: 'obligation',
        entityId: o.id,
        breachId: o.breachId,
        before: befores[n],
        after: { ...toObligationDto(o, now), reason },
      }),
    );
    return rows;
  }

  /**
   * Writes every mutable column of the given rows in one statement. Also used by callers that
   * change `required` or a proposal on many obligations at once.
   */
  async persist(tx: Transaction, rows: ObligationEntity[]): Promise<void> {
    if (rows.length === 0) return;
    const col = <T>(f: (o: ObligationEntity) => T) => rows.map(f);
    const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
    await tx.manager.query(
      `UPDATE obligations o SET
          state = v.state, required = v.required, fulfilled_at = v.fulfilled_at, late = v.late,
          delay_reason = v.delay_reason,
          not_required_proposed_by_id = v.p_id, not_required_proposed_by_name = v.p_name,
          not_required_rationale = v.rationale, not_required_proposed_at = v.p_at,
          not_required_decided_by_id = v.d_id, not_required_decided_by_name = v.d_name,
          not_required_decided_at = v.d_at,
          data_subjects_informed = v.dsi::jsonb, art34_exception = v.art34::jsonb, updated_at = now()
         FROM unnest($1::uuid[], $2::text[], $3::boolean[], $4::timestamptz[], $5::boolean[], $6::text[],
                     $7::uuid[], $8::text[], $9::text[], $10::timestamptz[], $11::uuid[], $12::text[],
                     $13::timestamptz[], $14::text[], $15::text[])
           AS v(id, state, required, fulfilled_at, late, delay_reason, p_id, p_name, rationale, p_at,
                d_id, d_name, d_at, dsi, art34)
        WHERE o.id = v.id`,
      [
        col((o) => o.id),
        col((o) => o.state),
        col((o) => o.required),
        col((o) => o.fulfilledAt),
        col((o) => o.late),
        col((o) => o.delayReason ?? null),
        col((o) => o.notRequiredProposedById),
        col((o) => o.notRequiredProposedByName),
        col((o) => o.notRequiredRationale),
        col((o) => o.notRequiredProposedAt),
        col((o) => o.notRequiredDecidedById),
        col((o) => o.notRequiredDecidedByName),
        col((o) => o.notRequiredDecidedAt),
        col((o) => json(o.dataSubjectsInformed)),
        col((o) => json(o.art34Exception)),
      ],
    );
  }

  private transition(o: ObligationEntity, event: ObligationEvent) {
    try {
      return transitionObligation(o.state, event);
    } catch (e) {
      if (e instanceof ObligationTransitionError)
        throw new ConflictError([
          event === 'reopen'
            ? `the ${o.kind} obligation is ${e.from}; only a not_required one can be reopened`
            : `the ${o.kind} obligation is already ${e.from}`,
        ]);
      throw e;
    }
  }
}
