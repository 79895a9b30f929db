import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { notificationDueAt, planObligations, recomputeDueAt } from '@lekwacht/domain';
import { In, type DataSource } from 'typeorm';
import type { Transaction } from '../database/unit-of-work';
import { Clock } from '../clock/clock';
import { ConflictError } from '../errors/domain-errors';
import { BreachEntity } from '../breaches/breach.entity';
import {
  dropNotificationTerms,
  loadSnapshottedTerms,
  snapshotNotificationTerms,
} from '../customers/notification-terms-snapshot';
import { type OpenObligationDto, toObligationDto } from './obligation.dto';
import { ObligationEntity } from './obligation.entity';
import { type BoardFilter, type BoardOrder, queryClockBoard, toOpenObligation } from './clock-board.query';
import type { BoardCursor } from './clock-board-cursor';
import type { ClockBoardPageDto } from './clock-board.dto';
import { ObligationSettlement } from './obligation-settlement.service';

const snapshot = (o: ObligationEntity) => toObligationDto(o);

@Injectable()
export class ObligationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settlement: ObligationSettlement,
    private readonly clock: Clock,
  ) {}

  /** Every duty of a new breach: one authority, one per customer, one data subjects. */
  async createFor(
    tx: Transaction,
    breachId: string,
    discoveredAt: Date,
    customerIds: string[],
  ): Promise<ObligationEntity[]> {
    // The customers' notification terms are frozen now; their deadlines come from that snapshot.
    const customerTerms = await snapshotNotificationTerms(tx, breachId, customerIds);
    const rows = planObligations({ discoveredAt, customerIds, customerTerms }).map((p) =>
      tx.manager.create(ObligationEntity, { ...p, breachId, state: 'open', required: null, late: false }),
    );
    await tx.manager.save(rows);
    for (const o of rows) {
      tx.audit({
        action: 'obligation.created',
        entityType: 'obligation',
        entityId: o.id,
        breachId,
        after: snapshot(o),
      });
    }
    return rows;
  }

  /** Adds obligations for newly affected customers; removes open ones of customers no longer affected. */
  async syncCustomers(
    tx: Transaction,
    breachId: string,
    discoveredAt: Date,
    customerIds: string[],
  ): Promise<ObligationEntity[]> {
    const existing = await tx.manager.find(ObligationEntity, { where: { breachId, kind: 'customer' } });
    const wanted = new Set(customerIds);
    const removed = existing.filter((o) => o.customerId && !wanted.has(o.customerId));
    const settled = removed.filter((o) => o.state !== 'open');
    if (settled.length > 0) {
      throw new ConflictError([
        `affectedCustomers cannot drop a customer whose notice obligation is already ${settled[0]?.state}`,
      ]);
    }
    for (const o of removed) {
      tx.audit({
        action: 'obligation.removed',
        entityType: 'obligation',
        entityId: o.id,
        breachId,
        before: snapshot(o),
      });
    }
    if (removed.length > 0) await tx.manager.delete(ObligationEntity, { id: In(removed.map((o) => o.id)) });
    await dropNotificationTerms(
      tx,
      breachId,
      removed.map((o) => o.customerId as string),
    );
    const have = new Set(existing.map((o) => o.customerId));
    const added = customerIds.filter((id) => !have.has(id));
    const customerTerms = await snapshotNotificationTerms(tx, breachId, added);
    const confirmedAt = (await tx.manager.findOneBy(BreachEntity, { id: breachId }))?.confirmedAt ?? null;
    const rows = planObligations({ discoveredAt, customerIds: added, customerTerms, confirmedAt })
      .filter((p) => p.kind === 'customer')
      .map((p) => tx.manager.create(ObligationEntity, { ...p, breachId, state: 'open', required: null, late: false }));
    await tx.manager.save(rows);
    for (const o of rows) {
      tx.audit({
        action: 'obligation.created',
        entityType: 'obligation',
        entityId: o.id,
        breachId,
        after: snapshot(o),
      });
    }
    return rows;
  }

  /** A corrected discovery moment moves the clocks of the open obligations only. */
  async recomputeDueTimes(tx: Transaction, breachId: string, discoveredAt: Date): Promise<void> {
    const obligations = await tx.manager.find(ObligationEntity, { where: { breachId } });
    const customerTerms = await loadSnapshottedTerms(tx.manager, breachId);
    const confirmedAt = (await tx.manager.findOneBy(BreachEntity, { id: breachId }))?.confirmedAt ?? null;
    for (const o of obligations) {
      const terms = o.customerId === null ? undefined : customerTerms.get(o.customerId);
      // A customer's clock follows its snapshotted agreement, not the 48 h default.
      const dueAt =
        terms && o.state === 'open'
          ? notificationDueAt(terms, { discoveredAt, confirmedAt })
          : recomputeDueAt(o, discoveredAt);
      if ((dueAt?.getTime() ?? null) === (o.dueAt?.getTime() ?? null)) continue;
      const before = snapshot(o);
      o.dueAt = dueAt;
      await tx.manager.save(o);
      tx.audit({
        action: 'obligation.due_at_recomputed',
        entityType: 'obligation',
        entityId: o.id,
        breachId,
        before,
        after: snapshot(o),
      });
    }
  }

  /**
   * Records that the duty was met at `at` (the notification's own time, not "now"); see
   * ObligationSettlement, the one way to settle an obligation.
   */
  async fulfil(
    tx: Transaction,
    obligation: ObligationEntity,
    at: Date,
    delayReason: string | null,
  ): Promise<ObligationEntity> {
    await this.settlement.fulfil(tx, [{ obligation, at, delayReason }]);
    return obligation;
  }

  /** The clock board: every open obligation, soonest due first (no due time last). */
  async listOpen(): Promise<OpenObligationDto[]> {
    const rows = (await this.dataSource.query(
      `SELECT o.*, b.reference, b.title, c.name AS customer_name,
              t.agreed AS terms_agreed, (t.terms->>'deadlineHours')::int AS terms_deadline_hours,
              t.terms->>'countedFrom' AS terms_counted_from
         FROM obligations o JOIN breaches b ON b.id = o.breach_id
         LEFT JOIN customers c ON c.id = o.customer_id
         LEFT JOIN breach_notification_terms t ON t.breach_id = o.breach_id AND t.customer_id = o.customer_id
        WHERE o.state = 'open'
        ORDER BY o.due_at ASC NULLS LAST, b.reference`,
    )) as Record<string, unknown>[];
    const now = this.clock.now();
    return rows.map((r) => toOpenObligation(r, now));
  }

  /** One page of the clock board with its summary (issue #19); see queryClockBoard. */
  board(filter: BoardFilter, order: BoardOrder, after: BoardCursor | null, limit: number): Promise<ClockBoardPageDto> {
    return queryClockBoard(this.dataSource.manager, filter, order, after, limit, this.clock.now());
  }
}
