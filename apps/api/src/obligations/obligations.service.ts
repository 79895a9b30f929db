import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  isLate,
  ObligationTransitionError,
  planObligations,
  recomputeDueAt,
  transitionObligation,
} from '@lekwacht/domain';
import { In, type DataSource } from 'typeorm';
import type { Transaction } from '../database/unit-of-work';
import { ConflictError } from '../errors/domain-errors';
import { type OpenObligationDto, toObligationDto } from './obligation.dto';
import { ObligationEntity } from './obligation.entity';

const snapshot = (o: ObligationEntity) => toObligationDto(o);

@Injectable()
export class ObligationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every duty of a new breach: one authority, one per customer, one data subjects. */
  async createFor(
    tx: Transaction,
    breachId: string,
    discoveredAt: Date,
    customerIds: string[],
  ): Promise<ObligationEntity[]> {
    const rows = planObligations({ discoveredAt, customerIds }).map((p) =>
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
    const have = new Set(existing.map((o) => o.customerId));
    const added = customerIds.filter((id) => !have.has(id));
    const rows = planObligations({ discoveredAt, customerIds: added })
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
    for (const o of obligations) {
      const dueAt = recomputeDueAt(o, discoveredAt);
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
   * Records that the duty was met at `at` (the notification's own time, not "now"): lateness is
   * frozen at that instant, and a late fulfilment must carry the reason for the delay. Runs in the
   * caller's transaction so the notification and its obligation change together.
   */
  async fulfil(
    tx: Transaction,
    obligation: ObligationEntity,
    at: Date,
    delayReason: string | null,
  ): Promise<ObligationEntity> {
    const before = snapshot(obligation);
    try {
      obligation.state = transitionObligation(obligation.state, 'fulfil');
    } catch (e) {
      if (e instanceof ObligationTransitionError)
        throw new ConflictError([`the ${obligation.kind} obligation is already ${e.from}`]);
      throw e;
    }
    obligation.fulfilledAt = at;
    obligation.late = isLate(obligation.dueAt, at);
    obligation.delayReason = delayReason;
    await tx.manager.save(obligation);
    tx.audit({
      action: 'obligation.fulfilled',
      entityType: 'obligation',
      entityId: obligation.id,
      breachId: obligation.breachId,
      before,
      after: snapshot(obligation),
    });
    return obligation;
  }

  async forBreaches(breachIds: string[]): Promise<Map<string, ObligationEntity[]>> {
    const map = new Map<string, ObligationEntity[]>(breachIds.map((id) => [id, []]));
    if (breachIds.length === 0) return map;
    const rows = await this.dataSource.getRepository(ObligationEntity).findBy({ breachId: In(breachIds) });
    for (const o of rows) map.get(o.breachId)?.push(o);
    return map;
  }

  /** The clock board: every open obligation, soonest due first (no due time last). */
  async listOpen(): Promise<OpenObligationDto[]> {
    const rows = (await this.dataSource.query(
      `SELECT o.*, b.reference, b.title
         FROM obligations o JOIN breaches b ON b.id = o.breach_id
        WHERE o.state = 'open'
        ORDER BY o.due_at ASC NULLS LAST, b.reference`,
    )) as Record<string, unknown>[];
    const now = new Date();
    return rows.map((r) => {
      const entity = this.dataSource.getRepository(ObligationEntity).create({
        id: r['id'] as string,
        breachId: r['breach_id'] as string,
        kind: r['kind'] as ObligationEntity['kind'],
        customerId: r['customer_id'] as string | null,
        basis: r['basis'] as ObligationEntity['basis'],
        dueAt: r['due_at'] as Date | null,
        required: r['required'] as boolean | null,
        state: r['state'] as ObligationEntity['state'],
        fulfilledAt: r['fulfilled_at'] as Date | null,
        late: r['late'] as boolean,
        delayReason: r['delay_reason'] as string | null,
        notRequiredProposedById: r['not_required_proposed_by_id'] as string | null,
        notRequiredProposedByName: r['not_required_proposed_by_name'] as string | null,
        notRequiredRationale: r['not_required_rationale'] as string | null,
        notRequiredProposedAt: r['not_required_proposed_at'] as Date | null,
        notRequiredDecidedById: r['not_required_decided_by_id'] as string | null,
        notRequiredDecidedByName: r['not_required_decided_by_name'] as string | null,
        notRequiredDecidedAt: r['not_required_decided_at'] as Date | null,
      });
      return {
        ...toObligationDto(entity, now),
        breachId: entity.breachId,
        reference: r['reference'] as string,
        title: r['title'] as string,
      };
    });
  }
}
