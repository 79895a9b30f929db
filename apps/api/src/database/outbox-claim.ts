import type { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';

/**
 * What the two outboxes share — mail (outbox_messages, MailWorker) and webhooks
 * (webhook_deliveries, WebhookWorker). A row waits `queued` until its `next_attempt_at`, is
 * claimed as `sending` with one more attempt and a lease (`locked_until`), is delivered outside any
 * transaction, and its outcome is recorded by the worker. FOR UPDATE SKIP LOCKED keeps instances
 * off each other's rows; a claim whose lease ran out (its worker crashed) is claimed again.
 */
export type OutboxTable = 'outbox_messages' | 'webhook_deliveries';

/** Exponential back-off after a failed attempt: base, 2×base, 4×base… capped at 10 minutes. */
export const retryDelayMs = (attempts: number, baseMs: number) =>
  Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 600_000);

export interface Claim {
  table: OutboxTable;
  /** The claimed rows' columns to return, e.g. "id, attempts". */
  returning: string;
  batch: number;
  leaseSeconds: number;
  /** A query over the claimed rows (the CTE `claimed`), e.g. to join what delivery needs; all of them by default. */
  select?: string;
}

/** Claims up to `batch` due rows (oldest due first) in one statement and returns them. */
export async function claimDue<Row>(db: DataSource, claim: Claim): Promise<Row[]> {
  const { table, returning, batch, leaseSeconds, select = 'SELECT * FROM claimed' } = claim;
  return (await db.query(
    `WITH claimed AS (
       UPDATE ${table} SET status = 'sending', attempts = attempts + 1,
              locked_until = now() + make_interval(secs => $2)
        WHERE id IN (SELECT id FROM ${table}
                      WHERE (status = 'queued' AND next_attempt_at <= now())
                         OR (status = 'sending' AND locked_until < now())
                      ORDER BY next_attempt_at
                      LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING ${returning})
     ${select}`,
    [batch, leaseSeconds],
  )) as Row[];
}

/**
 * A worker's run: now, or once more right after the run in progress (ticks, wake-ups and pokes
 * during a run fold into one more run; never two at once). `drain` delivers until nothing is due
 * (or `stopped`); `finish` runs once after the last pass. A failure is logged, not thrown.
 */
export class DrainLoop {
  private running: Promise<void> | null = null;
  private again = false;
  /** Set when the module is destroyed: the run in progress ends after its current batch. */
  stopped = false;

  constructor(
    private readonly logger: Logger,
    private readonly drain: () => Promise<void>,
    private readonly finish: () => Promise<void> = async () => undefined,
  ) {}

  kick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.drain();
        } while (this.again && !this.stopped);
        await this.finish();
      } catch (err) {
        this.logger.error(err);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }
}
