import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../audit/actor';
import { AppConfig } from '../config/app-config';
import { type Transaction, UnitOfWork } from '../database/unit-of-work';
import { MailWorker } from '../mail/mail-worker';
import { ObligationEntity } from '../obligations/obligation.entity';
import { ObligationSettlement } from '../obligations/obligation-settlement.service';

const CHUNK = 500;

/**
 * Turns a delivered notice mail into a `sent` notice and the customer's obligation fulfilled at
 * the delivery moment (through the one obligation settlement service); a failed mail into a
 * `failed` notice. Idempotent and derived from the outbox rows, so it is safe to run from the
 * worker hook, the periodic sweep and several instances at once.
 */
@Injectable()
export class ReconcileNoticeDeliveries implements OnModuleInit {
  private readonly logger = new Logger(ReconcileNoticeDeliveries.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly config: AppConfig,
    private readonly worker: MailWorker,
    private readonly settlement: ObligationSettlement,
  ) {}

  onModuleInit(): void {
    // Right after each delivered batch (this instance); the sweep below covers crashes and other instances.
    this.worker.onSettled((ids) => this.execute(ids));
  }

  @Interval('notice-delivery-sweep', 15_000)
  sweep(): void {
    if (this.config.schedulerEnabled) this.execute().catch((err: unknown) => this.logger.error(err));
  }

  async execute(outboxIds?: string[]): Promise<number> {
    let total = 0;
    for (;;) {
      const pending = (await this.dataSource.query(
        `SELECT n.id FROM notices n JOIN outbox_messages m ON m.id = n.outbox_message_id
          WHERE n.status = 'queued' AND m.status IN ('sent', 'failed') ${outboxIds ? 'AND m.id = ANY($2::uuid[])' : ''}
          LIMIT $1`,
        outboxIds ? [CHUNK, outboxIds] : [CHUNK],
      )) as { id: string }[];
      if (pending.length === 0) return total;
      total += await this.uow.run(SYSTEM_ACTOR, (tx) =>
        this.settle(
          tx,
          pending.map((p) => p.id),
        ),
      );
      if (pending.length < CHUNK) return total;
    }
  }

  private async settle(tx: Transaction, ids: string[]): Promise<number> {
    const m = tx.manager;
    const rows = (await m.query(
      `SELECT n.id, n.breach_id, n.customer_id, n.kind, n.sent_at, n.acknowledged_at, m.status AS mail_status,
              m.sent_at AS mail_sent_at, m.last_error
         FROM notices n JOIN outbox_messages m ON m.id = n.outbox_message_id
        WHERE n.id = ANY($1::uuid[]) AND n.status = 'queued' AND m.status IN ('sent', 'failed')
        FOR UPDATE OF n SKIP LOCKED`,
      [ids],
    )) as {
      id: string;
      breach_id: string;
      customer_id: string;
      kind: string;
      sent_at: Date | null;
      acknowledged_at: Date | null;
      mail_status: 'sent' | 'failed';
      mail_sent_at: Date | null;
      last_error: string | null;
    }[];
    if (rows.length === 0) return 0;
    // Set-based: a run of 5,000 deliveries must not cost 20,000 round trips.
    const failed = rows.filter((r) => r.mail_status === 'failed');
    if (failed.length) {
      await m.query(`UPDATE notices SET status = 'failed', updated_at = now() WHERE id = ANY($1::uuid[])`, [
        failed.map((r) => r.id),
      ]);
      for (const r of failed)
        tx.audit({
          action: 'notice.failed',
          entityType: 'notice',
          entityId: r.id,
          breachId: r.breach_id,
          after: { status: 'failed', error: r.last_error },
        });
    }
    const delivered = rows
      .filter((r) => r.mail_status === 'sent')
      .map((r) => ({
        ...r,
        sentAt: r.sent_at ?? r.mail_sent_at ?? new Date(),
        status: r.acknowledged_at ? 'acknowledged' : 'sent',
      }));
    if (delivered.length === 0) return rows.length;
    await m.query(
      `UPDATE notices n SET status = v.status, sent_at = v.sent_at, updated_at = now()
         FROM unnest($1::uuid[], $2::text[], $3::timestamptz[]) AS v(id, status, sent_at) WHERE n.id = v.id`,
      [delivered.map((r) => r.id), delivered.map((r) => r.status), delivered.map((r) => r.sentAt)],
    );
    for (const r of delivered)
      tx.audit({
        action: 'notice.sent',
        entityType: 'notice',
        entityId: r.id,
        breachId: r.breach_id,
        after: { status: r.status, sentAt: r.sentAt },
      });

    // Sending a customer's notice fulfils that customer's obligation; a supplementary notice
    // finds it settled already and changes nothing.
    const pairs = delivered.filter((r) => r.kind === 'initial');
    if (pairs.length === 0) return rows.length;
    const obligations = (await m
      .createQueryBuilder(ObligationEntity, 'o')
      .setLock('pessimistic_write')
      .where(`o.kind = 'customer' AND o.state = 'open'`)
      .andWhere(`(o.breach_id, o.customer_id) IN (SELECT * FROM unnest(:breachIds::uuid[], :customerIds::uuid[]))`, {
        breachIds: pairs.map((p) => p.breach_id),
        customerIds: pairs.map((p) => p.customer_id),
      })
      .getMany()) as ObligationEntity[];
    const byKey = new Map(obligations.map((o) => [`${o.breachId}/${o.customerId}`, o]));
    const items = pairs.flatMap((r) => {
      const o = byKey.get(`${r.breach_id}/${r.customer_id}`);
      byKey.delete(`${r.breach_id}/${r.customer_id}`);
      return o ? [{ obligation: o, at: r.sentAt, detail: { noticeId: r.id } }] : [];
    });
    if (items.length) await this.settlement.fulfil(tx, items);
    return rows.length;
  }
}
