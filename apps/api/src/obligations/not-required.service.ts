import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ObligationTransitionError, transitionObligation } from '@lekwacht/domain';
import type { DataSource } from 'typeorm';
import type { Actor } from '../audit/actor';
import { type Transaction, UnitOfWork } from '../database/unit-of-work';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors/domain-errors';
import { UserEntity } from '../users/user.entity';
import { type ObligationDto, toObligationDto } from './obligation.dto';
import { ObligationEntity } from './obligation.entity';

type Person = Actor & { id: string };

/**
 * The governed "not required" decision (DESIGN.md § Obligation): an officer proposes it with a
 * written rationale; a manager who is not the proposer approves it. The clock keeps running while
 * the proposal is pending.
 */
@Injectable()
export class NotRequiredService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  /** A new proposal replaces a pending one (the audit trail keeps both). */
  async propose(actor: Person, obligationId: string, rationale: string, now = new Date()): Promise<ObligationDto> {
    await this.uow.run(actor, async (tx) => {
      const o = await this.load(tx, obligationId);
      if (o.state !== 'open')
        throw new ConflictError([`only an open obligation can be proposed as not required; this one is ${o.state}`]);
      const before = toObligationDto(o, now);
      o.notRequiredProposedById = actor.id;
      o.notRequiredProposedByName = await this.nameOf(tx, actor);
      o.notRequiredRationale = rationale;
      o.notRequiredProposedAt = now;
      await tx.manager.save(o);
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

  async approve(actor: Person, obligationId: string, now = new Date()): Promise<ObligationDto> {
    await this.uow.run(actor, async (tx) => {
      const o = await this.load(tx, obligationId);
      if (!o.notRequiredProposedById)
        throw new ConflictError(['there is no pending "not required" proposal for this obligation']);
      if (o.state !== 'open')
        throw new ConflictError([`only an open obligation can become not required; this one is ${o.state}`]);
      if (o.notRequiredProposedById === actor.id) {
        throw new ForbiddenError(['four-eyes: the proposer of a "not required" decision cannot approve it']);
      }
      const before = toObligationDto(o, now);
      try {
        o.state = transitionObligation(o.state, 'decide_not_required');
      } catch (e) {
        if (e instanceof ObligationTransitionError) throw new ConflictError([e.message]);
        throw e;
      }
      o.notRequiredDecidedById = actor.id;
      o.notRequiredDecidedByName = await this.nameOf(tx, actor);
      o.notRequiredDecidedAt = now;
      await tx.manager.save(o);
      tx.audit({
        action: 'obligation.not_required_approved',
        entityType: 'obligation',
        entityId: o.id,
        breachId: o.breachId,
        before,
        after: { ...toObligationDto(o, now), rationale: o.notRequiredRationale },
      });
    });
    return this.get(obligationId);
  }

  /** Sends the proposal back; the obligation stays open and its clock keeps running. */
  async reject(actor: Person, obligationId: string, reason: string, now = new Date()): Promise<ObligationDto> {
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
      await tx.manager.save(o);
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
    return toObligationDto(o);
  }

  private async load(tx: Transaction, id: string): Promise<ObligationEntity> {
    const o = await tx.manager.findOne(ObligationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!o) throw new NotFoundError('obligation', id);
    return o;
  }

  private async nameOf(tx: Transaction, actor: Person): Promise<string> {
    const user = await tx.manager.findOne(UserEntity, { where: { id: actor.id }, select: { id: true, name: true } });
    return user?.name ?? actor.label;
  }
}
