import { Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { AppConfig } from '../config/app-config';
import { UnitOfWork } from '../database/unit-of-work';
import { Outbox } from '../mail/outbox.service';
import { SYSTEM_ACTOR } from './actor';
import { type AuditCheckpoint, checkCheckpointSignature, GENESIS_HASH, signCheckpoint } from './audit-chain';
import { checkpointMail } from './audit-checkpoint-mail';
import { AuditKeys } from './audit-key';
import { AuditLog } from './audit-log.service';

/** How often each instance looks whether today's checkpoint exists (it catches up after downtime). */
const DAILY_CHECK_MS = 10 * 60_000;

export interface CheckpointVerification {
  /** The signature holds and the database still has this hash at this seq with a chain that verifies up to it. */
  ok: boolean;
  signature: 'valid' | 'invalid' | 'unknown-key';
  /** The chain verifies from the first event up to the checkpoint's seq; null when the signature did not hold. */
  chainVerified: boolean | null;
  /** The database's hash and event count at that seq equal the checkpoint's; null when the signature did not hold. */
  databaseMatches: boolean | null;
  brokenAt?: { seq: string; reason: string };
  reason: string;
}

/** Today's date in Europe/Amsterdam, the day a daily checkpoint belongs to. */
export const amsterdamDay = (now: Date): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);

/**
 * Anchors the chain outside the database: a checkpoint signed with the audit key says "the chain
 * had this hash at this seq". Someone who rewrites rows without the key cannot make an earlier
 * checkpoint match again.
 */
@Injectable()
export class AuditCheckpoints {
  private readonly logger = new Logger(AuditCheckpoints.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auditLog: AuditLog,
    private readonly keys: AuditKeys,
    private readonly uow: UnitOfWork,
    private readonly outbox: Outbox,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** A checkpoint of the current head, signed now. */
  async current(): Promise<AuditCheckpoint> {
    return this.snapshot(this.dataSource.manager, this.clock.now());
  }

  async verify(checkpoint: AuditCheckpoint): Promise<CheckpointVerification> {
    const signature = checkCheckpointSignature(this.keys.keyring, checkpoint);
    if (signature !== 'valid') {
      return {
        ok: false,
        signature,
        chainVerified: null,
        databaseMatches: null,
        reason:
          signature === 'unknown-key'
            ? `signed with an audit key that is not configured (key id ${checkpoint.keyId}): set it in AUDIT_PREVIOUS_KEYS`
            : 'the signature does not hold: the checkpoint was altered or not made with this audit key',
      };
    }
    const walk = await this.auditLog.walk(BigInt(checkpoint.seq));
    if (walk.brokenAt) {
      return {
        ok: false,
        signature,
        chainVerified: false,
        databaseMatches: false,
        brokenAt: walk.brokenAt,
        reason: `the chain does not verify up to event ${checkpoint.seq}: ${walk.brokenAt.reason}`,
      };
    }
    if (walk.lastSeq !== String(checkpoint.seq)) {
      return {
        ok: false,
        signature,
        chainVerified: false,
        databaseMatches: false,
        brokenAt: { seq: String(Number(walk.lastSeq) + 1), reason: 'events up to the checkpoint are missing' },
        reason: `the database ends at event ${walk.lastSeq}, before the checkpoint's event ${checkpoint.seq}`,
      };
    }
    const matches = walk.lastHash === checkpoint.headHash && walk.events === checkpoint.count;
    return {
      ok: matches,
      signature,
      chainVerified: true,
      databaseMatches: matches,
      ...(matches ? {} : { brokenAt: { seq: String(checkpoint.seq), reason: 'hash differs from the checkpoint' } }),
      reason: matches
        ? `the database still has this hash at event ${checkpoint.seq}`
        : `the database has another hash at event ${checkpoint.seq}: the chain was rewritten up to there`,
    };
  }

  @Interval('audit-checkpoint', DAILY_CHECK_MS)
  async tick(): Promise<void> {
    if (!this.config.schedulerEnabled) return;
    try {
      await this.createDaily(this.clock.now());
    } catch (err) {
      this.logger.error(err);
    }
  }

  /**
   * Makes the checkpoint of `now`'s Amsterdam day and mails it to the admins, exactly once across
   * instances: the day's row is the claim (INSERT … ON CONFLICT DO NOTHING in the same transaction as
   * the mail), so a second instance waits for the first to commit and then finds the day taken.
   * Returns the checkpoint, or null when another instance (or an earlier tick) made it.
   */
  async createDaily(now: Date): Promise<AuditCheckpoint | null> {
    const day = amsterdamDay(now);
    const [taken] = (await this.dataSource.query(`SELECT 1 FROM audit_checkpoints WHERE day = $1`, [day])) as unknown[];
    if (taken) return null;
    // Outside the transaction: a full walk must not hold the head lock that every write waits for.
    const chainOk = (await this.auditLog.verify()).ok;
    return this.uow.run(SYSTEM_ACTOR, async (tx) => {
      const checkpoint = await this.snapshot(tx.manager, now, true);
      const claimed = (await tx.manager.query(
        `INSERT INTO audit_checkpoints (day, seq, head_hash, count, created_at, key_id, signature)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (day) DO NOTHING RETURNING day`,
        [day, checkpoint.seq, checkpoint.headHash, checkpoint.count, now, checkpoint.keyId, checkpoint.signature],
      )) as unknown[];
      if (claimed.length === 0) return null;
      const admins = (await tx.manager.query(
        `SELECT name, email, language FROM users WHERE role = 'admin' AND active ORDER BY email`,
      )) as { name: string; email: string; language: string }[];
      const verifyUrl = `${this.config.publicUrl}/api/audit/checkpoint/verify`;
      await this.outbox.enqueue(
        tx,
        admins.map((a) => ({
          kind: 'system' as const,
          breachId: null,
          sourceId: null,
          to: { name: a.name, email: a.email },
          ...checkpointMail({ recipient: a, day, checkpoint, chainOk, verifyUrl }),
        })),
      );
      tx.audit({
        action: 'audit.checkpoint_created',
        entityType: 'audit_checkpoint',
        entityId: day,
        after: {
          seq: checkpoint.seq,
          headHash: checkpoint.headHash,
          count: checkpoint.count,
          chainOk,
          mailedTo: admins.length,
        },
      });
      return checkpoint;
    });
  }

  /** Head and count in one statement, so they belong to the same moment of the chain. */
  private async snapshot(manager: EntityManager, now: Date, lockHead = false): Promise<AuditCheckpoint> {
    if (lockHead) await manager.query(`SELECT 1 FROM audit_head WHERE id = 1 FOR UPDATE`);
    const [row] = (await manager.query(
      `SELECT h.seq, h.hash, (SELECT count(*) FROM audit_events e WHERE e.seq <= h.seq) AS count
         FROM audit_head h WHERE h.id = 1`,
    )) as { seq: string; hash: string; count: string }[];
    return signCheckpoint(this.keys.keyring.current, {
      seq: Number(row?.seq ?? 0),
      headHash: row?.hash ?? GENESIS_HASH,
      count: Number(row?.count ?? 0),
      createdAt: now.toISOString(),
    });
  }
}
