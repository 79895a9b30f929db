import { Injectable } from '@nestjs/common';
import { art34ExceptionErrors, dataSubjectsInformedErrors } from '@lekwacht/domain';
import type { Actor } from '../audit/actor';
import { BreachEntity } from '../breaches/breach.entity';
import { Clock } from '../clock/clock';
import { type Transaction, UnitOfWork } from '../database/unit-of-work';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors/domain-errors';
import { EscalationPlanner } from '../escalations/escalation-planner';
import type { ProposeArt34ExceptionDto, RecordDataSubjectsInformedDto } from './data-subjects.dto';
import { type ObligationDto, toObligationDto } from './obligation.dto';
import { ObligationEntity } from './obligation.entity';
import { ObligationSettlement } from './obligation-settlement.service';
import { NotRequiredService } from './not-required.service';

type Person = Actor & { id: string };

/**
 * GDPR art. 34 (DESIGN.md § Obligation, data_subjects): the duty is fulfilled by recording that
 * the people were informed, or settled by an art. 34(3) ground. The ground is a "not required"
 * decision like any other, so it is governed the same way: proposed here with the ground and a
 * rationale, approved by a manager who is not the proposer (POST …/not-required/approve).
 */
@Injectable()
export class DataSubjectsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly settlement: ObligationSettlement,
    private readonly planner: EscalationPlanner,
    private readonly notRequired: NotRequiredService,
    private readonly clock: Clock,
  ) {}

  async recordInformed(
    actor: Person,
    obligationId: string,
    dto: RecordDataSubjectsInformedDto,
  ): Promise<ObligationDto> {
    const now = this.clock.now();
    await this.uow.run(actor, async (tx) => {
      const { o, breach } = await this.load(tx, obligationId);
      const record = {
        informedAt: new Date(dto.informedAt),
        channel: dto.channel,
        subjectsCount: dto.subjectsCount,
        message: dto.message?.trim() || null,
        messageUrl: dto.messageUrl?.trim() || null,
      };
      const errors = dataSubjectsInformedErrors(record, breach.discoveredAt, now);
      if (errors.length) throw new InvalidInputError(errors);
      await this.settlement.fulfil(tx, [
        {
          obligation: o,
          at: record.informedAt,
          dataSubjectsInformed: {
            ...record,
            informedAt: record.informedAt.toISOString(),
            recordedById: actor.id,
            recordedByName: await this.notRequired.nameOf(tx, actor),
          },
        },
      ]);
    });
    return this.notRequired.get(obligationId);
  }

  async proposeArt34Exception(
    actor: Person,
    obligationId: string,
    dto: ProposeArt34ExceptionDto,
  ): Promise<ObligationDto> {
    const now = this.clock.now();
    await this.uow.run(actor, async (tx) => {
      const { o, breach } = await this.load(tx, obligationId);
      const exception = {
        ground: dto.ground,
        publicCommunication: dto.publicCommunication
          ? { where: dto.publicCommunication.where, at: new Date(dto.publicCommunication.at) }
          : null,
      };
      const errors = art34ExceptionErrors(exception, breach.discoveredAt, now);
      if (errors.length) throw new InvalidInputError(errors);
      const before = toObligationDto(o, now);
      o.notRequiredProposedById = actor.id;
      o.notRequiredProposedByName = await this.notRequired.nameOf(tx, actor);
      o.notRequiredRationale = dto.rationale;
      o.notRequiredProposedAt = now;
      o.art34Exception = {
        ground: exception.ground,
        publicCommunication: exception.publicCommunication
          ? { where: exception.publicCommunication.where, at: exception.publicCommunication.at.toISOString() }
          : null,
      };
      await this.settlement.persist(tx, [o]);
      await this.planner.planDecisionReminders(tx, [o]);
      tx.audit({
        action: 'obligation.not_required_proposed',
        entityType: 'obligation',
        entityId: o.id,
        breachId: o.breachId,
        before,
        after: { ...toObligationDto(o, now), rationale: dto.rationale, art34Exception: o.art34Exception },
      });
    });
    return this.notRequired.get(obligationId);
  }

  private async load(tx: Transaction, id: string): Promise<{ o: ObligationEntity; breach: BreachEntity }> {
    const o = await tx.manager.findOne(ObligationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!o) throw new NotFoundError('obligation', id);
    if (o.kind !== 'data_subjects')
      throw new ConflictError([`only the data_subjects obligation is settled this way; this one is ${o.kind}`]);
    if (o.state !== 'open') throw new ConflictError([`the data_subjects obligation is already ${o.state}`]);
    const breach = await tx.manager.findOneByOrFail(BreachEntity, { id: o.breachId });
    return { o, breach };
  }
}
