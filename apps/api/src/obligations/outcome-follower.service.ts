import { Injectable } from '@nestjs/common';
import type { ObligationKind } from '@lekwacht/domain';
import type { BreachEntity } from '../breaches/breach.entity';
import type { Transaction } from '../database/unit-of-work';
import { EscalationPlanner } from '../escalations/escalation-planner';
import { toObligationDto } from './obligation.dto';
import { ObligationEntity } from './obligation.entity';
import { ObligationSettlement } from './obligation-settlement.service';

export interface FollowedOutcome {
  /** What each kind's `required` becomes under the latest final outcome. */
  required: Record<ObligationKind, boolean>;
  /** Who assessed: the proposer of a derived "not required" decision. */
  assessor: { id: string; name: string };
  /** Why, in the assessment's words: the rationale of a derived proposal. */
  rationale: string;
  assessmentVersion: number;
  now: Date;
}

/**
 * Makes every obligation of a breach follow the latest final outcome (DESIGN.md § Obligation):
 * - `required` always equals the outcome;
 * - an open duty the outcome calls not required becomes a decision to confirm: a proposal by the
 *   assessor with the assessment's rationale, its deadline steps cancelled, a reminder to managers;
 * - a duty the outcome makes required again gets its clock back (a pending proposal is withdrawn,
 *   a settled not_required decision is reopened through the settlement service).
 */
@Injectable()
export class OutcomeFollower {
  constructor(
    private readonly settlement: ObligationSettlement,
    private readonly planner: EscalationPlanner,
  ) {}

  async follow(tx: Transaction, breach: BreachEntity, outcome: FollowedOutcome): Promise<void> {
    const { now } = outcome;
    const all = await tx.manager.find(ObligationEntity, {
      where: { breachId: breach.id },
      lock: { mode: 'pessimistic_write' },
    });
    const changed: ObligationEntity[] = [];
    const toDecide: ObligationEntity[] = [];
    const clockBack: ObligationEntity[] = [];
    const toReopen: ObligationEntity[] = [];
    for (const o of all) {
      const next = outcome.required[o.kind];
      const before = toObligationDto(o, now);
      const wasRequired = o.required;
      if (wasRequired !== next) {
        o.required = next;
        changed.push(o);
        tx.audit({
          action: 'obligation.required_set',
          entityType: 'obligation',
          entityId: o.id,
          breachId: breach.id,
          before,
          after: toObligationDto(o, now),
        });
      }
      if (o.state === 'not_required') {
        if (next) toReopen.push(o);
        continue;
      }
      if (o.state !== 'open') continue;
      if (!next) {
        if (o.notRequiredProposedById === null) {
          o.notRequiredProposedById = outcome.assessor.id;
          o.notRequiredProposedByName = outcome.assessor.name;
          o.notRequiredRationale = outcome.rationale;
          o.notRequiredProposedAt = now;
          if (!changed.includes(o)) changed.push(o);
          tx.audit({
            action: 'obligation.not_required_proposed',
            entityType: 'obligation',
            entityId: o.id,
            breachId: breach.id,
            before,
            after: {
              ...toObligationDto(o, now),
              rationale: outcome.rationale,
              assessmentVersion: outcome.assessmentVersion,
            },
          });
          toDecide.push(o);
        } else if (wasRequired !== false) {
          toDecide.push(o);
        }
      } else if (wasRequired === false) {
        // The reason for the proposal is gone with the outcome that carried it.
        if (o.notRequiredProposedById !== null) {
          const withdrawn = toObligationDto(o, now);
          o.notRequiredProposedById = null;
          o.notRequiredProposedByName = null;
          o.notRequiredRationale = null;
          o.notRequiredProposedAt = null;
          o.art34Exception = null;
          if (!changed.includes(o)) changed.push(o);
          tx.audit({
            action: 'obligation.not_required_withdrawn',
            entityType: 'obligation',
            entityId: o.id,
            breachId: breach.id,
            before: withdrawn,
            after: { ...toObligationDto(o, now), assessmentVersion: outcome.assessmentVersion },
          });
        }
        clockBack.push(o);
      }
    }
    await this.settlement.persist(
      tx,
      changed.filter((o) => !toReopen.includes(o)),
    );
    await this.planner.awaitDecision(tx, toDecide);
    await this.planner.deadlineBackOn(tx, breach, clockBack, now);
    await this.settlement.reopen(
      tx,
      toReopen.map((obligation) => ({ obligation, reason: `assessment version ${outcome.assessmentVersion}` })),
      now,
    );
  }
}
