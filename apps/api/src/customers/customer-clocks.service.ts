import { isLate, notificationDueAt } from '@lekwacht/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { Actor } from '../audit/actor';
import { BreachEntity } from '../breaches/breach.entity';
import { UnitOfWork } from '../database/unit-of-work';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors/domain-errors';
import { EscalationPlanner } from '../escalations/escalation-planner';
import { toObligationDto } from '../obligations/obligation.dto';
import { ObligationEntity } from '../obligations/obligation.entity';
import { UserEntity } from '../users/user.entity';
import { BreachNotificationTermsEntity } from './breach-notification-terms.entity';
import { CustomerEntity } from './customer.entity';
import type { CustomerClocksDto, LogNoticeCallDto, NoticeCallDto } from './notification-terms.dto';
import { NoticeCallEntity } from './notice-call.entity';

const toCallDto = (call: NoticeCallEntity): NoticeCallDto => ({
  id: call.id,
  calledAt: call.calledAt.toISOString(),
  personReached: call.personReached,
  note: call.note,
  loggedByName: call.loggedByName,
});

/**
 * The contractual customer clocks of one breach: the terms frozen at registration, the due time
 * they give, the confirmation that starts clocks counted "from confirmation", and the phone calls
 * an agreement can demand beside the e-mail.
 */
@Injectable()
export class CustomerClocksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly escalations: EscalationPlanner,
  ) {}

  async clocks(breachId: string): Promise<CustomerClocksDto> {
    const m = this.dataSource.manager;
    const breach = await m.findOneBy(BreachEntity, { id: breachId });
    if (!breach) throw new NotFoundError('breach', breachId);
    const snapshots = await m.find(BreachNotificationTermsEntity, { where: { breachId } });
    const customerIds = snapshots.map((s) => s.customerId);
    const [customers, obligations, calls] = await Promise.all([
      customerIds.length ? m.findBy(CustomerEntity, { id: In(customerIds) }) : [],
      m.findBy(ObligationEntity, { breachId, kind: 'customer' }),
      m.find(NoticeCallEntity, { where: { breachId } }),
    ]);
    const names = new Map(customers.map((c) => [c.id, c.name]));
    const rows = snapshots.map((snapshot) => {
      const obligation = obligations.find((o) => o.customerId === snapshot.customerId) ?? null;
      const dueAt = notificationDueAt(snapshot.terms, {
        discoveredAt: breach.discoveredAt,
        confirmedAt: breach.confirmedAt,
      });
      return {
        customerId: snapshot.customerId,
        customerName: names.get(snapshot.customerId) ?? '',
        agreed: snapshot.agreed,
        terms: snapshot.terms,
        // The obligation's own due time is the one escalations use; it equals `dueAt` unless
        // the obligation was settled before a correction.
        dueAt: (obligation ? obligation.dueAt : dueAt)?.toISOString() ?? null,
        pendingConfirmation: snapshot.terms.countedFrom === 'confirmation' && breach.confirmedAt === null,
        obligationId: obligation?.id ?? null,
        obligationState: obligation?.state ?? null,
        callRequired: snapshot.terms.channels.phone,
        calls: calls.filter((c) => c.customerId === snapshot.customerId).map(toCallDto),
      };
    });
    rows.sort((a, b) => a.customerName.localeCompare(b.customerName, 'nl'));
    return { confirmedAt: breach.confirmedAt?.toISOString() ?? null, customers: rows };
  }

  /**
   * The officer confirms that this is a breach. Customer clocks counted from confirmation start
   * now; their escalations are planned for the first time.
   */
  async confirm(actor: Actor, breachId: string, confirmedAtInput: string | undefined, now = new Date()) {
    const confirmedAt = confirmedAtInput ? new Date(confirmedAtInput) : now;
    await this.uow.run(actor, async (tx) => {
      const breach = await tx.manager.findOne(BreachEntity, {
        where: { id: breachId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!breach) throw new NotFoundError('breach', breachId);
      if (breach.status === 'closed') throw new ConflictError(['breach is closed; reopen it before editing']);
      if (breach.confirmedAt)
        throw new ConflictError([`breach is already confirmed (${breach.confirmedAt.toISOString()})`]);
      if (confirmedAt.getTime() > now.getTime()) throw new InvalidInputError(['confirmedAt must not be in the future']);
      if (confirmedAt.getTime() < breach.discoveredAt.getTime()) {
        throw new InvalidInputError(['confirmedAt must not be before discoveredAt']);
      }
      breach.confirmedAt = confirmedAt;
      await tx.manager.save(breach);
      tx.audit({
        action: 'breach.confirmed',
        entityType: 'breach',
        entityId: breachId,
        breachId,
        after: { confirmedAt: confirmedAt.toISOString() },
      });
      const snapshots = await tx.manager.findBy(BreachNotificationTermsEntity, { breachId });
      const fromConfirmation = snapshots.filter((s) => s.terms.countedFrom === 'confirmation');
      if (fromConfirmation.length === 0) return;
      const obligations = await tx.manager.findBy(ObligationEntity, {
        breachId,
        kind: 'customer',
        state: 'open',
        customerId: In(fromConfirmation.map((s) => s.customerId)),
      });
      for (const obligation of obligations) {
        const terms = fromConfirmation.find((s) => s.customerId === obligation.customerId)?.terms;
        if (!terms) continue;
        const before = toObligationDto(obligation);
        obligation.dueAt = notificationDueAt(terms, { discoveredAt: breach.discoveredAt, confirmedAt });
        await tx.manager.save(obligation);
        tx.audit({
          action: 'obligation.due_at_recomputed',
          entityType: 'obligation',
          entityId: obligation.id,
          breachId,
          before,
          after: toObligationDto(obligation),
        });
      }
      await this.escalations.replanFor(tx, breach, obligations, now);
    });
    return this.clocks(breachId);
  }

  async logCall(actor: Actor, breachId: string, customerId: string, dto: LogNoticeCallDto, now = new Date()) {
    const calledAt = new Date(dto.calledAt);
    await this.uow.run(actor, async (tx) => {
      const breach = await tx.manager.findOneBy(BreachEntity, { id: breachId });
      if (!breach) throw new NotFoundError('breach', breachId);
      const snapshot = await tx.manager.findOneBy(BreachNotificationTermsEntity, { breachId, customerId });
      if (!snapshot) throw new NotFoundError('affected customer', customerId);
      if (calledAt.getTime() > now.getTime()) throw new InvalidInputError(['calledAt must not be in the future']);
      if (calledAt.getTime() < breach.discoveredAt.getTime()) {
        throw new InvalidInputError(['calledAt must not be before discoveredAt']);
      }
      const user = actor.id ? await tx.manager.findOneBy(UserEntity, { id: actor.id }) : null;
      const call = tx.manager.create(NoticeCallEntity, {
        breachId,
        customerId,
        calledAt,
        personReached: dto.personReached,
        note: dto.note ?? '',
        loggedById: actor.id as string,
        loggedByName: user?.name ?? actor.label,
      });
      await tx.manager.save(call);
      const obligation = await tx.manager.findOneBy(ObligationEntity, { breachId, kind: 'customer', customerId });
      tx.audit({
        action: 'customer_notice.call_logged',
        entityType: 'breach',
        entityId: breachId,
        breachId,
        after: {
          ...toCallDto(call),
          customerId,
          // Said in the record so a reader sees whether the call itself was in time.
          lateAgainstDeadline: obligation ? isLate(obligation.dueAt, calledAt) : null,
        },
      });
    });
    return this.clocks(breachId);
  }
}
