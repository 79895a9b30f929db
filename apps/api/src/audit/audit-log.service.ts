import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, QueryDeepPartialEntity } from 'typeorm';
import type { Actor } from './actor';
import { chainHash, GENESIS_HASH, type ChainedFields } from './audit-chain';
import { AuditEventEntity, AuditHeadEntity } from './audit-event.entity';

export interface PendingAuditEvent {
  action: string;
  entityType: string;
  entityId: string;
  breachId?: string | null;
  before?: unknown;
  after?: unknown;
}

export type AuditVerification =
  | { ok: true; events: number }
  | { ok: false; events: number; brokenAt: { seq: string; reason: string } };

/** JSON round trip so what we hash is exactly what jsonb stores (no Dates, no undefined). */
const plain = (value: unknown): Record<string, unknown> | null =>
  value === undefined || value === null ? null : (JSON.parse(JSON.stringify(value)) as Record<string, unknown>);

@Injectable()
export class AuditLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends inside the caller's transaction. The head row is locked FOR UPDATE, so
   * concurrent transactions append one after the other and the chain never forks.
   */
  async append(manager: EntityManager, actor: Actor, events: PendingAuditEvent[]): Promise<void> {
    if (events.length === 0) return;
    const [head] = (await manager.query('SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE')) as {
      seq: string;
      hash: string;
    }[];
    let seq = BigInt(head?.seq ?? '0');
    let prevHash = head?.hash ?? GENESIS_HASH;
    const occurredAt = new Date();
    const rows: AuditEventEntity[] = [];
    for (const e of events) {
      seq += 1n;
      const fields: ChainedFields = {
        seq: seq.toString(),
        occurredAt: occurredAt.toISOString(),
        actorId: actor.id,
        actorLabel: actor.label,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        breachId: e.breachId ?? null,
        before: plain(e.before),
        after: plain(e.after),
      };
      const hash = chainHash(prevHash, fields);
      rows.push(
        manager.create(AuditEventEntity, {
          ...fields,
          occurredAt,
          before: fields.before as Record<string, unknown> | null,
          after: fields.after as Record<string, unknown> | null,
          prevHash,
          hash,
        }),
      );
      prevHash = hash;
    }
    // jsonb columns are typed loosely by TypeORM's insert; the rows are complete entities.
    await manager.insert(AuditEventEntity, rows as unknown as QueryDeepPartialEntity<AuditEventEntity>[]);
    await manager.upsert(AuditHeadEntity, { id: 1, seq: seq.toString(), hash: prevHash }, ['id']);
  }

  /** Recomputes the whole chain; names the first event whose link does not hold. */
  async verify(): Promise<AuditVerification> {
    const [head] = (await this.dataSource.query('SELECT seq, hash FROM audit_head WHERE id = 1')) as {
      seq: string;
      hash: string;
    }[];
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1n;
    let count = 0;
    const batch = 2000;
    for (;;) {
      const rows = await this.dataSource
        .getRepository(AuditEventEntity)
        .createQueryBuilder('e')
        .where('e.seq >= :from', { from: expectedSeq.toString() })
        .orderBy('e.seq', 'ASC')
        .take(batch)
        .getMany();
      for (const row of rows) {
        if (BigInt(row.seq) !== expectedSeq) {
          return this.broken(count, expectedSeq.toString(), `event ${expectedSeq} is missing`);
        }
        const fields: ChainedFields = {
          seq: row.seq,
          occurredAt: row.occurredAt.toISOString(),
          actorId: row.actorId,
          actorLabel: row.actorLabel,
          action: row.action,
          entityType: row.entityType,
          entityId: row.entityId,
          breachId: row.breachId,
          before: row.before,
          after: row.after,
        };
        if (row.prevHash !== prevHash) {
          return this.broken(count, row.seq, 'previous hash does not match the event before it');
        }
        if (chainHash(prevHash, fields) !== row.hash) {
          return this.broken(count, row.seq, 'content does not match its hash (edited)');
        }
        prevHash = row.hash;
        expectedSeq += 1n;
        count += 1;
      }
      if (rows.length < batch) break;
    }
    if (head && (BigInt(head.seq) !== expectedSeq - 1n || head.hash !== prevHash)) {
      return this.broken(count, head.seq, 'the newest events are missing (deleted at the end)');
    }
    return { ok: true, events: count };
  }

  private broken(events: number, seq: string, reason: string): AuditVerification {
    return { ok: false, events, brokenAt: { seq, reason } };
  }
}
