import { mayApprove } from '@lekwacht/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../audit/actor';
import { BreachEntity } from '../breaches/breach.entity';
import { Clock } from '../clock/clock';
import { type Transaction, UnitOfWork } from '../database/unit-of-work';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors/domain-errors';
import { EscalationPlanner } from '../escalations/escalation-planner';
import { UserEntity } from '../users/user.entity';
import { type ObligationDto, toObligationDto } from './obligation.dto';
import { ObligationEntity } from './obligation.entity';
import { ObligationSettlement } from './obligation-settlement.service';

type Person = Actor & { id: string };

/**
 * The governed "not required" decision (DESIGN.md § Obligation): an officer proposes it with a
 * written rationale (or an assessment derives it, see OutcomeFollower); a manager who is not the
 * proposer approves it, which settles the duty through ObligationSettlement. Managers get one
 * reminder per proposal. While the outcome says "required" the clock keeps running during a
 * proposal; when the outcome says "not required" the duty is a decision, not a deadline.
 */
@Injectable()
export class NotRequiredService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly settlement: ObligationSettlement,
    private readonly planner: EscalationPlanner,
    private readonly clock: Clock,
  ) {}

  /** A new proposal replaces a pending one (the audit trail keeps both). */
  async propose(
    actor: Person,
    obligationId: string,
    rationale: string,
    now = this.clock.now(),
  ): Promise<ObligationDto> {
    await this.uow.run(actor, async (tx) => {
      const o = await this.load(tx, obligationId);
      if (o.state !== 'open')
        throw new ConflictError([`only an open obligation can be proposed as not required; this one is ${o.state}`]);
      if (o.kind === 'data_subjects' && o.required !== false) {
        // Art. 34: unless the assessment says they need not be told, only informing them or an
        // art. 34(3) ground settles it, so the register never says "not required" without a ground.
        throw new ConflictError([
          'data subjects: "not required" needs an art. 34(3) ground (art34-exception) unless the assessment says informing them is not required',
        ]);
      }
      const before = toObligationDto(o, now);
      o.notRequiredProposedById = actor.id;
      o.notRequiredProposedByName = await this.nameOf(tx, actor);
      o.notRequiredRationale = rationale;
      o.notRequiredProposedAt = now;
      o.art34Exception = null;
      await this.settlement.persist(tx, [o]);
      // Against an outcome that says "required" the deadline keeps running; either way managers are reminded.
      if (o.required === false) await this.planner.awaitDecision(tx, [o]);
      else await this.planner.planDecisionReminders(tx, [o]);
      tx.audit({
        action: 'obligation.not_required_proposed',
        entityType: 'obligation',
        entityId: o.id,
        breachId: o.breachId,
        before,
        after: { ...toObligationDto(o, now), rationale },
      });
    });
    return this.get(obligationId);
  }

  async approve(actor: Person, obligationId: string, now = this.clock.now()): Promise<ObligationDto> {
    await this.uow.run(actor, async (tx) => {
      const o = await this.load(tx, obligationId);
      if (!o.notRequiredProposedById)
        throw new ConflictError(['there is no pending "not required" proposal for this obligation']);
      if (o.state !== 'open')
        throw new ConflictError([`only an open obligation can become not required; this one is ${o.state}`]);
      if (!mayApprove(o.notRequiredProposedById, actor.id)) {
        throw new ForbiddenError(['four-eyes: the proposer of a "not required" decision cannot approve it']);
      }
      await this.settlement.settleNotRequired(tx, [
        { obligation: o, decidedBy: { id: actor.id, name: await this.nameOf(tx, actor) }, at: now },
      ]);
    });
    return this.get(obligationId);
  }

  /** Sends the proposal back; the obligation stays open and its deadline escalates again. */
  async reject(actor: Person, obligationId: string, reason: string, now = this.clock.now()): Promise<ObligationDto> {
    await this.uow.run(actor, async (tx) => {
      const o = await this.load(tx, obligationId);
      if (!o.notRequiredProposedById || o.state !== 'open') {
        throw new ConflictError(['there is no pending "not required" proposal for this obligation']);
      }
      const before = toObligationDto(o, now);
      o.notRequiredProposedById = null;
      o.notRequiredProposedByName = null;
      o.notRequiredRationale = null;
      o.notRequiredProposedAt = null;
      o.art34Exception = null;
      await this.settlement.persist(tx, [o]);
      // Refused as a decision, so it is a deadline again, counted from discovery.
      const breach = await tx.manager.findOneByOrFail(BreachEntity, { id: o.breachId });
      await this.planner.deadlineBackOn(tx, breach, [o], now);
      tx.audit({
        action: 'obligation.not_required_rejected',
        entityType: 'obligation',
        entityId: o.id,
        breachId: o.breachId,
        before,
        after: { ...toObligationDto(o, now), reason },
      });
    });
    return this.get(obligationId);
  }

  async get(obligationId: string): Promise<ObligationDto> {
    const o = await this.dataSource.manager.findOneBy(ObligationEntity, { id: obligationId });
    if (!o) throw new NotFoundError('obligation', obligationId);
    return toObligationDto(o, this.clock.now());
  }

  private async load(tx: Transaction, id: string): Promise<ObligationEntity> {
    const o = await tx.manager.findOne(ObligationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!o) throw new NotFoundError('obligation', id);
    return o;
  }

  async nameOf(tx: Transaction, actor: Person): Promise<string> {
    const user = await tx.manager.findOne(UserEntity, { where: { id: actor.id }, select: { id: true, name: true } });
    return user?.name ?? actor.label;
  }
}
