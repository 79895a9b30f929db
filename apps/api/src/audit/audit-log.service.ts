import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from './actor';
import type { AuditAction } from './audit-actions';
import {
  checkLink,
  GENESIS_HASH,
  KEYED_ALG,
  keyedChainHash,
  LEGACY_ALG,
  legacyBoundarySeal,
  START,
  type ChainedFields,
  type ChainState,
} from './audit-chain';
import { AuditEventEntity } from './audit-event.entity';
import { AuditKeys } from './audit-key';

export interface PendingAuditEvent {
  /** One of AUDIT_ACTIONS (audit-actions.ts): a new action needs its descriptions first. */
  action: AuditAction;
  entityType: string;
  entityId: string;
  breachId?: string | null;
  before?: unknown;
  after?: unknown;
}

interface VerifiedHead {
  /** The head as the audit_head row states it (0 and the genesis hash on an empty chain). */
  seq: number;
  headHash: string;
  /** Events in audit_events. */
  count: number;
}

export type AuditVerification =
  | ({ ok: true; events: number } & VerifiedHead)
  | ({ ok: false; events: number; brokenAt: { seq: string; reason: string } } & VerifiedHead);

/** The chain walked up to some seq: how far it held, and the last hash it reached. */
export interface ChainWalk {
  events: number;
  lastSeq: string;
  lastHash: string;
  brokenAt?: { seq: string; reason: string };
}

interface HeadRow {
  seq: string;
  hash: string;
  legacy_until: string | null;
  legacy_seal: string | null;
}

/** JSON round trip so what we hash is exactly what jsonb stores (no Dates, no undefined). */
const plain = (value: unknown): Record<string, unknown> | null =>
  value === undefined || value === null ? null : (JSON.parse(JSON.stringify(value)) as Record<string, unknown>);

const fieldsOf = (row: AuditEventEntity): ChainedFields => ({
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
});

/**
 * Called inside the appending transaction with the events just appended (e.g. the webhook outbox
 * writes its deliveries there, so they commit with the change or not at all). Must be set-based:
 * one append can hold thousands of events.
 */
export type AppendListener = (manager: EntityManager, events: readonly ChainedFields[]) => Promise<void>;

@Injectable()
export class AuditLog implements OnApplicationBootstrap {
  private readonly appendListeners: AppendListener[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keys: AuditKeys,
  ) {}

  onAppend(listener: AppendListener): void {
    this.appendListeners.push(listener);
  }

  /** Seals where the unkeyed segment ends, once, on the first start with a key. */
  async onApplicationBootstrap(): Promise<void> {
    await this.sealLegacyBoundary();
  }

  /**
   * Appends inside the caller's transaction. The head row is locked FOR UPDATE, so
   * concurrent transactions append one after the other and the chain never forks.
   * The key is in memory (AuditKeys): an append costs one HMAC per event, no disk or extra query.
   */
  async append(manager: EntityManager, actor: Actor, events: PendingAuditEvent[]): Promise<void> {
    if (events.length === 0) return;
    const [head] = (await manager.query('SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE')) as {
      seq: string;
      hash: string;
    }[];
    const key = this.keys.keyring.current;
    let seq = BigInt(head?.seq ?? '0');
    let prevHash = head?.hash ?? GENESIS_HASH;
    const occurredAt = new Date();
    const rows: ChainedFields[] = [];
    const prevHashes: string[] = [];
    const hashes: string[] = [];
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
      const hash = keyedChainHash(key.secret, prevHash, fields);
      rows.push(fields);
      prevHashes.push(prevHash);
      hashes.push(hash);
      prevHash = hash;
    }
    // One statement of column arrays, whatever the number of events: TypeORM's insert of 1,000
    // entities (13,000 parameters) spent seconds checking its parameter names one against another,
    // and PostgreSQL takes at most 65,535 parameters per statement anyway.
    const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
    await manager.query(
      `INSERT INTO audit_events (seq, occurred_at, actor_id, actor_label, action, entity_type, entity_id, breach_id,
                                 before, after, prev_hash, hash, alg, key_id)
       SELECT seq, $2, $3, $4, action, entity_type, entity_id, breach_id, before, after, prev_hash, hash, $5, $6
         FROM unnest($1::bigint[], $7::text[], $8::text[], $9::text[], $10::uuid[], $11::jsonb[], $12::jsonb[],
                     $13::text[], $14::text[])
              AS e(seq, action, entity_type, entity_id, breach_id, before, after, prev_hash, hash)`,
      [
        rows.map((r) => r.seq),
        occurredAt,
        actor.id,
        actor.label,
        KEYED_ALG,
        key.id,
        rows.map((r) => r.action),
        rows.map((r) => r.entityType),
        rows.map((r) => r.entityId),
        rows.map((r) => r.breachId),
        rows.map((r) => json(r.before)),
        rows.map((r) => json(r.after)),
        prevHashes,
        hashes,
      ],
    );
    // Only seq and hash: the legacy seal on the same row must survive every append.
    await manager.query(
      `INSERT INTO audit_head (id, seq, hash) VALUES (1, $1, $2)
         ON CONFLICT (id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash`,
      [seq.toString(), prevHash],
    );
    for (const listener of this.appendListeners) await listener(manager, rows);
  }

  /** Recomputes the whole chain; names the first event whose link does not hold. */
  async verify(): Promise<AuditVerification> {
    const head = await this.head(this.dataSource.manager);
    const stated = { seq: Number(head?.seq ?? 0), headHash: head?.hash ?? GENESIS_HASH };
    // Up to the head read first: events appended while the walk runs are not "missing" from it.
    const walk = await this.walk(head ? BigInt(head.seq) : undefined);
    const count = async () =>
      Number(((await this.dataSource.query('SELECT count(*) AS n FROM audit_events')) as { n: string }[])[0]?.n ?? 0);
    if (walk.brokenAt)
      return { ok: false, events: walk.events, brokenAt: walk.brokenAt, ...stated, count: await count() };
    if (head && (head.seq !== walk.lastSeq || head.hash !== walk.lastHash)) {
      return {
        ok: false,
        events: walk.events,
        brokenAt: { seq: head.seq, reason: 'the newest events are missing (deleted at the end)' },
        ...stated,
        count: await count(),
      };
    }
    // One statement, one snapshot: a row beyond the head there was not written by an append.
    const [beyond] = (await this.dataSource.query(
      `SELECT h.seq, (SELECT max(seq) FROM audit_events) AS max FROM audit_head h WHERE h.id = 1`,
    )) as { seq: string; max: string | null }[];
    if (beyond?.max && BigInt(beyond.max) > BigInt(beyond.seq)) {
      return {
        ok: false,
        events: walk.events,
        brokenAt: { seq: (BigInt(beyond.seq) + 1n).toString(), reason: 'events after the head (inserted)' },
        ...stated,
        count: await count(),
      };
    }
    return { ok: true, events: walk.events, ...stated, count: walk.events };
  }

  /**
   * Walks the chain from the start up to `upTo` (inclusive; all when omitted), in batches.
   * Public for checkpoint verification, which needs the hash the chain reaches at a given seq.
   */
  async walk(upTo?: bigint): Promise<ChainWalk> {
    const boundary = await this.legacyBoundary();
    let state: ChainState = { ...START, legacyUntil: boundary.legacyUntil };
    let expectedSeq = 1n;
    let events = 0;
    const result = (brokenAt?: ChainWalk['brokenAt']): ChainWalk => ({
      events,
      lastSeq: (expectedSeq - 1n).toString(),
      lastHash: state.prevHash,
      brokenAt,
    });
    if (boundary.broken) return result({ seq: '0', reason: boundary.broken });
    const batch = 2000;
    for (;;) {
      const query = this.dataSource
        .getRepository(AuditEventEntity)
        .createQueryBuilder('e')
        .where('e.seq >= :from', { from: expectedSeq.toString() })
        .orderBy('e.seq', 'ASC')
        .take(batch);
      if (upTo !== undefined) query.andWhere('e.seq <= :upTo', { upTo: upTo.toString() });
      const rows = await query.getMany();
      for (const row of rows) {
        if (BigInt(row.seq) !== expectedSeq)
          return result({ seq: expectedSeq.toString(), reason: `event ${expectedSeq} is missing` });
        const checked = checkLink(
          state,
          {
            seq: row.seq,
            alg: row.alg,
            keyId: row.keyId,
            prevHash: row.prevHash,
            hash: row.hash,
            fields: fieldsOf(row),
          },
          this.keys.keyring,
        );
        if ('broken' in checked) return result({ seq: row.seq, reason: checked.broken });
        state = checked.state;
        expectedSeq += 1n;
        events += 1;
      }
      if (rows.length < batch) break;
    }
    return result();
  }

  private async head(manager: EntityManager, lock = false): Promise<HeadRow | undefined> {
    const [head] = (await manager.query(
      `SELECT seq, hash, legacy_until, legacy_seal FROM audit_head WHERE id = 1${lock ? ' FOR UPDATE' : ''}`,
    )) as HeadRow[];
    return head;
  }

  /** The sealed end of the unkeyed segment: events after it must be keyed. */
  private async legacyBoundary(): Promise<{ legacyUntil: bigint; broken?: string }> {
    const head = await this.head(this.dataSource.manager);
    // Not sealed yet (no start since the migration): nothing may be unkeyed, the strictest reading.
    if (!head || head.legacy_until === null || head.legacy_seal === null) return { legacyUntil: 0n };
    const [keyId, seal] = head.legacy_seal.split(':');
    const key = keyId ? this.keys.keyring.byId.get(keyId) : undefined;
    if (!key) {
      return {
        legacyUntil: 0n,
        broken: `the end of the unkeyed segment is sealed with an audit key that is not configured (key id ${keyId})`,
      };
    }
    if (seal !== legacyBoundarySeal(key.secret, head.legacy_until)) {
      return {
        legacyUntil: 0n,
        broken: 'the seal on the end of the unkeyed segment does not hold (audit_head rewritten)',
      };
    }
    return { legacyUntil: BigInt(head.legacy_until) };
  }

  /**
   * The unkeyed segment is what was written before the first keyed start: every legacy event. The
   * seal stops a rewrite from turning the whole chain into recomputable legacy links.
   */
  private async sealLegacyBoundary(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, $1) ON CONFLICT (id) DO NOTHING`, [
        GENESIS_HASH,
      ]);
      const head = await this.head(manager, true);
      if (!head || head.legacy_seal !== null) return;
      const [last] = (await manager.query(`SELECT max(seq) AS seq FROM audit_events WHERE alg = $1`, [LEGACY_ALG])) as {
        seq: string | null;
      }[];
      const legacyUntil = last?.seq ?? '0';
      const key = this.keys.keyring.current;
      await manager.query(`UPDATE audit_head SET legacy_until = $1, legacy_seal = $2 WHERE id = 1`, [
        legacyUntil,
        `${key.id}:${legacyBoundarySeal(key.secret, legacyUntil)}`,
      ]);
    });
  }
}
