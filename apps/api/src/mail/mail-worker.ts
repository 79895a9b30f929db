import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { claimDue, DrainLoop, retryDelayMs } from '../database/outbox-claim';
import { AppMetrics } from '../metrics/app-metrics';
import { MailTransport } from './mail-transport';
import { MailWakeUp } from './mail-wake-up';
import { SentLedger } from './sent-ledger';
import type { OutboxMessageEntity } from './outbox-message.entity';

export const MAX_ATTEMPTS = 10;
/**
 * Messages claimed at once. Small, so that after a crash only a few wait for the lease, and the
 * lease is renewed while they are delivered (see deliverBatch).
 */
const BATCH = 100;
/** Messages in flight at once (over all claims); nodemailer's pool spreads them over its connections. */
export const PARALLEL = 50;
/**
 * Batches in delivery at once. With one, the SMTP connections idled while a batch finished (its
 * last messages, its sent record, the next claim): some 20 % of the time. With two, one batch keeps
 * them busy while the other ends and the next is claimed.
 */
const CLAIMS = 2;
/** Accepted messages are recorded as sent in groups of this many (one UPDATE each). */
export const RECORD_SENT_EVERY = 10;

interface ClaimedRow {
  id: string;
  to_address: string;
  to_name: string;
  from_name: string | null;
  subject: string;
  text: string;
  html: string;
  message_id: string;
  attempts: number;
}

/**
 * Delivers the outbox. A batch is claimed in a short statement (claimDue: FOR UPDATE SKIP LOCKED,
 * so instances never take the same row) and marked `sending` with a short lease that this worker
 * renews while it delivers; delivery happens outside any transaction. Each message the SMTP peer
 * accepts is recorded as sent within a few messages, and a failed record is retried until it
 * commits (SentLedger). A crashed worker stops renewing: another instance takes its messages
 * over within one lease (MAIL_LEASE_SECONDS, default 10) and sends them with the same
 * Message-ID; only the messages accepted in the instant before the crash go twice
 * (docs/operations.md).
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MailWorker.name);
  private readonly loop = new DrainLoop(
    this.logger,
    () => this.drain(),
    () => this.settling,
  );
  /** Failed attempts since the last delivery: the first is logged as a warning, recovery as info. */
  private failuresInRow = 0;
  private readonly settledListeners: ((outboxIds: string[]) => Promise<unknown>)[] = [];
  /**
   * Listeners run one after the other, beside the next batches' delivery, on everything delivered
   * since they last ran: under load one run covers several batches (one transaction and one
   * audit append instead of one per 100 messages, which cost some 12 % of the delivery rate).
   */
  private settling: Promise<void> = Promise.resolve();
  private settledIds: string[] = [];
  private settlingActive = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly config: AppConfig,
    wakeUp: MailWakeUp,
    private readonly metrics: AppMetrics,
  ) {
    wakeUp.onPoke(() => {
      if (this.config.schedulerEnabled) void this.kick();
    });
  }

  /**
   * Called after each delivered batch with the ids of the messages it attempted (e.g. notices turn
   * `sent` and fulfil their obligation). Listeners must be idempotent and read the outbox rows
   * themselves; a crash before they run is caught by their own periodic sweep.
   */
  onSettled(listener: (outboxIds: string[]) => Promise<unknown>): void {
    this.settledListeners.push(listener);
  }

  onApplicationBootstrap(): void {
    if (this.config.schedulerEnabled) void this.kick();
  }

  onModuleDestroy(): void {
    this.loop.stopped = true;
  }

  @Interval('mail-worker', 2000)
  tick(): void {
    if (this.config.schedulerEnabled) void this.kick();
  }

  /** Runs the worker now, or once more right after the run in progress. */
  kick(): Promise<void> {
    return this.loop.kick();
  }

  /** Delivers until nothing is due, CLAIMS batches side by side. */
  private async drain(): Promise<void> {
    // one ledger for the claims side by side: at most RECORD_SENT_EVERY accepted messages unrecorded
    const ledger = this.newLedger();
    const claims = async () => {
      while (!this.loop.stopped && (await this.deliverBatch(ledger)) > 0) {
        // keep going while there is work
      }
    };
    await Promise.all(Array.from({ length: CLAIMS }, claims));
    await ledger.flush();
  }

  /** Claims and delivers one batch; returns how many were claimed. */
  async deliverBatch(ledger = this.newLedger()): Promise<number> {
    const leaseSeconds = this.config.env.MAIL_LEASE_SECONDS;
    const claimed = await claimDue<ClaimedRow>(this.dataSource, {
      table: 'outbox_messages',
      returning: 'id, to_address, to_name, from_name, subject, text, html, message_id, attempts',
      batch: BATCH,
      leaseSeconds,
    });
    if (claimed.length === 0) return 0;
    const ids = claimed.map((r) => r.id);
    const renewal = setInterval(() => void this.renewLease(ids, leaseSeconds), (leaseSeconds * 1000) / 3);
    try {
      let next = 0;
      const lane = async () => {
        while (next < claimed.length) {
          const row = claimed[next++] as ClaimedRow;
          if (await this.deliver(row)) await ledger.record(row.id);
        }
      };
      await Promise.all(Array.from({ length: Math.min(PARALLEL / CLAIMS, claimed.length) }, lane));
      await ledger.flush();
    } finally {
      clearInterval(renewal);
    }
    this.settleSoon(ids);
    return claimed.length;
  }

  private settleSoon(ids: string[]): void {
    this.settledIds.push(...ids);
    if (this.settlingActive) return;
    this.settlingActive = true;
    this.settling = (async () => {
      try {
        while (this.settledIds.length > 0) {
          const settled = this.settledIds.splice(0);
          for (const listener of this.settledListeners)
            await listener(settled).catch((err: unknown) => this.logger.error(err));
        }
      } finally {
        this.settlingActive = false;
      }
    })();
  }

  private newLedger(): SentLedger {
    return new SentLedger((sent) => this.recordSent(sent), {
      groupSize: RECORD_SENT_EVERY,
      retryDelayMs: 500,
      keepTrying: () => !this.loop.stopped,
      onWriteFailed: (err, sent) =>
        this.logger.warn(`recording ${sent.length} delivered mails as sent failed, retrying: ${String(err)}`),
    });
  }

  private async recordSent(ids: string[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_messages SET status = 'sent', sent_at = now(), locked_until = NULL, last_error = NULL
        WHERE id = ANY($1::uuid[]) AND status = 'sending'`,
      [ids],
    );
  }

  /** Keeps the claim while this worker is alive; a failed renewal is tried again at the next tick. */
  private async renewLease(ids: string[], leaseSeconds: number): Promise<void> {
    try {
      await this.dataSource.query(
        `UPDATE outbox_messages SET locked_until = now() + make_interval(secs => $2)
          WHERE id = ANY($1::uuid[]) AND status = 'sending'`,
        [ids, leaseSeconds],
      );
    } catch (err) {
      this.logger.warn(`renewing the lease of ${ids.length} mails failed: ${String(err)}`);
    }
  }

  /** Sends one message; true when the SMTP peer accepted it (the caller marks it sent). */
  private async deliver(row: ClaimedRow): Promise<boolean> {
    try {
      await this.transport.send({
        id: row.id,
        toAddress: row.to_address,
        toName: row.to_name,
        fromName: row.from_name,
        subject: row.subject,
        text: row.text,
        html: row.html,
        messageId: row.message_id,
      } as OutboxMessageEntity);
      this.metrics.mailDelivered();
      if (this.failuresInRow > 0) {
        this.logger.log(`mail delivery recovered after ${this.failuresInRow} failed attempts`);
        this.failuresInRow = 0;
      }
      return true;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (this.failuresInRow++ === 0) this.logger.warn(`mail delivery failing: ${message}`);
      const failed = row.attempts >= MAX_ATTEMPTS;
      this.metrics.mailFailed(failed);
      const delay = retryDelayMs(row.attempts, this.config.env.MAIL_RETRY_BASE_MS);
      // Not delivered: if even this record fails, the lease runs out and the message is retried.
      await this.dataSource
        .query(
          `UPDATE outbox_messages SET status = $2, last_error = $3, locked_until = NULL,
                  next_attempt_at = now() + make_interval(secs => $4) WHERE id = $1`,
          [row.id, failed ? 'failed' : 'queued', message.slice(0, 1000), delay / 1000],
        )
        .catch((e: unknown) => this.logger.warn(`recording a failed attempt of mail ${row.id} failed: ${String(e)}`));
      if (failed)
        this.logger.error(`mail ${row.id} to ${row.to_address} failed after ${row.attempts} attempts: ${message}`);
      return false;
    }
  }
}
