import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { MailTransport } from './mail-transport';
import { MailWakeUp } from './mail-wake-up';
import type { OutboxMessageEntity } from './outbox-message.entity';

export const MAX_ATTEMPTS = 10;
const BATCH = 500;
/** Messages in flight at once; nodemailer's pool spreads them over its connections. */
const PARALLEL = 50;
/** Delivered messages are marked sent in groups of this many (one UPDATE each). */
const MARK_SENT_EVERY = 50;

/** Exponential back-off: base, 2×base, 4×base… capped at 10 minutes. */
export const retryDelayMs = (attempts: number, baseMs: number) =>
  Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 600_000);

interface ClaimedRow {
  id: string;
  to_address: string;
  to_name: string;
  subject: string;
  text: string;
  html: string;
  message_id: string;
  attempts: number;
}

/**
 * Delivers the outbox. A batch is claimed in a short transaction (FOR UPDATE SKIP LOCKED, so
 * instances never take the same row) and marked `sending` with a lease; delivery happens
 * outside any transaction; the result is written back. A crash mid-delivery leaves the lease to
 * expire (MAIL_LEASE_SECONDS, default 120) and another worker retries with the same Message-ID.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MailWorker.name);
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private readonly settledListeners: ((outboxIds: string[]) => Promise<unknown>)[] = [];
  /** Listeners run one after the other, beside the next batch's delivery. */
  private settling: Promise<void> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly config: AppConfig,
    wakeUp: MailWakeUp,
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
    this.stopped = true;
  }

  @Interval('mail-worker', 2000)
  tick(): void {
    if (this.config.schedulerEnabled) void this.kick();
  }

  /** Runs the worker now, or once more right after the run in progress. */
  kick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          while (!this.stopped && (await this.deliverBatch()) > 0) {
            // keep going while there is work
          }
        } while (this.again && !this.stopped);
        await this.settling;
      } catch (err) {
        this.logger.error(err);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** Claims and delivers one batch; returns how many were claimed. */
  async deliverBatch(): Promise<number> {
    const rows = (await this.dataSource.query(
      `UPDATE outbox_messages SET status = 'sending', attempts = attempts + 1,
              locked_until = now() + make_interval(secs => $2)
        WHERE id IN (SELECT id FROM outbox_messages
                      WHERE (status = 'queued' AND next_attempt_at <= now())
                         OR (status = 'sending' AND locked_until < now())
                      ORDER BY next_attempt_at
                      LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING id, to_address, to_name, subject, text, html, message_id, attempts`,
      [BATCH, this.config.env.MAIL_LEASE_SECONDS],
    )) as [ClaimedRow[], number] | ClaimedRow[];
    const claimed = (Array.isArray(rows[0]) ? rows[0] : rows) as ClaimedRow[];
    const delivered: string[] = [];
    const markSent = async () => {
      const ids = delivered.splice(0);
      if (ids.length === 0) return;
      await this.dataSource.query(
        `UPDATE outbox_messages SET status = 'sent', sent_at = now(), locked_until = NULL, last_error = NULL WHERE id = ANY($1::uuid[]) AND status = 'sending'`,
        [ids],
      );
    };
    let next = 0;
    const lane = async () => {
      while (next < claimed.length) {
        const row = claimed[next++] as ClaimedRow;
        if (await this.deliver(row)) delivered.push(row.id);
        if (delivered.length >= MARK_SENT_EVERY) await markSent();
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, claimed.length) }, lane));
    await markSent();
    if (claimed.length > 0) {
      const ids = claimed.map((r) => r.id);
      this.settling = this.settling.then(async () => {
        for (const listener of this.settledListeners)
          await listener(ids).catch((err: unknown) => this.logger.error(err));
      });
    }
    return claimed.length;
  }

  /** Sends one message; true when the SMTP peer accepted it (the caller marks it sent). */
  private async deliver(row: ClaimedRow): Promise<boolean> {
    try {
      await this.transport.send({
        id: row.id,
        toAddress: row.to_address,
        toName: row.to_name,
        subject: row.subject,
        text: row.text,
        html: row.html,
        messageId: row.message_id,
      } as OutboxMessageEntity);
      return true;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const failed = row.attempts >= MAX_ATTEMPTS;
      const delay = retryDelayMs(row.attempts, this.config.env.MAIL_RETRY_BASE_MS);
      await this.dataSource.query(
        `UPDATE outbox_messages SET status = $2, last_error = $3, locked_until = NULL,
                next_attempt_at = now() + make_interval(secs => $4) WHERE id = $1`,
        [row.id, failed ? 'failed' : 'queued', message.slice(0, 1000), delay / 1000],
      );
      if (failed)
        this.logger.error(`mail ${row.id} to ${row.to_address} failed after ${row.attempts} attempts: ${message}`);
      return false;
    }
  }
}
