import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Append-only; each event's hash covers the previous event's hash (see audit-chain.ts). */
@Entity('audit_events')
// The audit page's filters, newest first (migration 1796000000013).
@Index('audit_events_action_seq_idx', ['action', 'seq'])
@Index('audit_events_actor_id_seq_idx', ['actorId', 'seq'])
export class AuditEventEntity {
  @PrimaryColumn({ type: 'bigint' })
  seq!: string;

  @Index('audit_events_occurred_at_idx')
  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text' })
  actorLabel!: string;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  entityType!: string;

  @Column({ type: 'text' })
  entityId!: string;

  @Index('audit_events_breach_id_idx')
  @Column({ type: 'uuid', nullable: true })
  breachId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @Column({ type: 'text' })
  prevHash!: string;

  @Column({ type: 'text' })
  hash!: string;

  /** 'hmac-sha256' (keyed) for new events; 'sha256' for those written before the chain was keyed. */
  @Column({ type: 'text', default: () => "'sha256'" })
  alg!: string;

  /** Which audit key hashed a keyed event (auditKeyId), so a rotated chain verifies per segment. */
  @Column({ type: 'text', nullable: true })
  keyId!: string | null;
}

/** One row: the chain's head, locked FOR UPDATE so concurrent writers append in turn. */
@Entity('audit_head')
export class AuditHeadEntity {
  @PrimaryColumn({ type: 'int' })
  id!: number;

  @Column({ type: 'bigint' })
  seq!: string;

  @Column({ type: 'text' })
  hash!: string;

  /** Last seq of the unkeyed segment, and its seal (HMAC with the audit key); set once at start. */
  @Column({ type: 'bigint', nullable: true })
  legacyUntil!: string | null;

  @Column({ type: 'text', nullable: true })
  legacySeal!: string | null;
}

/** A signed checkpoint made by the daily job; the day is the claim that makes it run once. */
@Entity('audit_checkpoints')
export class AuditCheckpointEntity {
  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'bigint' })
  seq!: string;

  @Column({ type: 'text' })
  headHash!: string;

  @Column({ type: 'bigint' })
  count!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'text' })
  keyId!: string;

  @Column({ type: 'text' })
  signature!: string;
}
