import {
  type AnyWebhookEventType,
  webhookBody,
  type WebhookData,
  type WebhookLanguage,
  type WebhookPayload,
  type WebhookPreset,
} from '@lekwacht/domain';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { claimDue, DrainLoop, retryDelayMs } from '../database/outbox-claim';
import { WebhookSecretBox } from './webhook-secret-box';
import { webhookSignature } from './webhook-signature';

/** Attempts before a delivery is given up (`failed`, shown in the log): with the 10 s base, about 21 minutes. */
export const WEBHOOK_MAX_ATTEMPTS = 8;
/** A receiver that has not answered by then counts as down for this attempt. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
const BATCH = 20;
/** Longer than a timed-out attempt: only a crashed worker's claim runs out. */
const LEASE_SECONDS = 60;

interface ClaimedRow {
  id: string;
  endpoint_id: string;
  event_type: AnyWebhookEventType;
  payload: { breach: { id: string; reference: string } | null; path: string; data: WebhookData };
  occurred_at: Date;
  attempts: number;
  url: string;
  preset: WebhookPreset;
  language: WebhookLanguage;
  secret_sealed: string;
}

interface Outcome {
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

/** Why a request failed, without its URL (chat webhook URLs carry their credential). Duck-typed: fetch's errors may come from another realm. */
const describeError = (err: unknown): string => {
  const e = (err ?? {}) as { name?: string; message?: string; cause?: { code?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s`;
  if (e.cause?.code) return `connection failed: ${e.cause.code}`;
  return e.message ?? String(err);
};

/**
 * Delivers webhook_deliveries like the mail worker delivers mail (database/outbox-claim.ts): a
 * batch is claimed with FOR UPDATE SKIP LOCKED (instances never take the same row) under a lease
 * (not renewed: it outlasts an attempt), each delivery is POSTed
 * outside any transaction and its outcome recorded; a failure is retried with exponential back-off
 * (WEBHOOK_RETRY_BASE_MS, doubling, at most 10 minutes) up to WEBHOOK_MAX_ATTEMPTS, then `failed`.
 * Redirects are never followed (a 3xx is a failed attempt). The delivery id is stable across
 * retries; a crash between the receiver's 2xx and the record sends it again, which receivers
 * de-duplicate by X-Lekwacht-Delivery.
 */
@Injectable()
export class WebhookWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WebhookWorker.name);
  private readonly loop = new DrainLoop(this.logger, async () => {
    while (!this.loop.stopped && (await this.deliverBatch()) > 0) {
      // keep going while there is work
    }
  });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly secrets: WebhookSecretBox,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.schedulerEnabled) void this.kick();
  }

  onModuleDestroy(): void {
    this.loop.stopped = true;
  }

  @Interval('webhook-worker', 2000)
  tick(): void {
    if (this.config.schedulerEnabled) void this.kick();
  }

  /** After a commit that queued a delivery: deliver now, on an instance that delivers at all. */
  wake(): void {
    if (this.config.schedulerEnabled) void this.kick();
  }

  /** Runs the worker now, or once more right after the run in progress. */
  kick(): Promise<void> {
    return this.loop.kick();
  }

  /** Claims and delivers one batch of due deliveries; returns how many were claimed. */
  async deliverBatch(): Promise<number> {
    const result = await claimDue<ClaimedRow>(this.dataSource, {
      table: 'webhook_deliveries',
      returning: 'id, endpoint_id, event_type, payload, occurred_at, attempts',
      batch: BATCH,
      leaseSeconds: LEASE_SECONDS,
      select: `SELECT c.*, ep.url, ep.preset, ep.language, ep.secret_sealed
                 FROM claimed c JOIN webhook_endpoints ep ON ep.id = c.endpoint_id
                ORDER BY c.occurred_at`,
    });
    await Promise.all(result.map((row) => this.deliver(row)));
    return result.length;
  }

  private async deliver(row: ClaimedRow): Promise<void> {
    const outcome = await this.attempt(row);
    const failed = !outcome.ok && row.attempts >= WEBHOOK_MAX_ATTEMPTS;
    const status = outcome.ok ? 'delivered' : failed ? 'failed' : 'queued';
    const delay = outcome.ok ? 0 : retryDelayMs(row.attempts, this.config.env.WEBHOOK_RETRY_BASE_MS);
    await this.dataSource
      .query(
        `UPDATE webhook_deliveries
            SET status = $2, locked_until = NULL, last_attempt_at = now(), last_status_code = $3,
                last_duration_ms = $4, last_error = $5, next_attempt_at = now() + make_interval(secs => $6),
                delivered_at = CASE WHEN $2 = 'delivered' THEN now() ELSE delivered_at END
          WHERE id = $1 AND status = 'sending'`,
        [row.id, status, outcome.statusCode, outcome.durationMs, outcome.error?.slice(0, 500) ?? null, delay / 1000],
      )
      .catch((e: unknown) => this.logger.warn(`recording webhook delivery ${row.id} failed: ${String(e)}`));
    if (failed)
      this.logger.warn(`webhook delivery ${row.id} given up after ${row.attempts} attempts: ${outcome.error}`);
  }

  /** One POST; never throws. */
  private async attempt(row: ClaimedRow): Promise<Outcome> {
    const started = Date.now();
    const secret = this.secrets.open(row.secret_sealed);
    if (!secret)
      return { ok: false, statusCode: null, durationMs: 0, error: 'the signing secret cannot be opened (audit key?)' };
    const payload: WebhookPayload = {
      id: row.id,
      type: row.event_type,
      occurredAt: new Date(row.occurred_at).toISOString(),
      breach: row.payload.breach,
      link: `${this.config.publicUrl}${row.payload.path}`,
      data: row.payload.data,
    };
    const body = JSON.stringify(webhookBody(row.preset, payload, row.language));
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const res = await fetch(row.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Lekwacht-Webhook/1',
          'x-lekwacht-event': row.event_type,
          'x-lekwacht-delivery': row.id,
          'x-lekwacht-timestamp': String(timestamp),
          'x-lekwacht-signature': webhookSignature(secret, timestamp, body),
        },
        body,
      });
      await res.arrayBuffer().catch(() => undefined);
      const durationMs = Date.now() - started;
      if (res.status >= 200 && res.status < 300) return { ok: true, statusCode: res.status, durationMs, error: null };
      const error =
        res.status >= 300 && res.status < 400 ? `redirect not followed (HTTP ${res.status})` : `HTTP ${res.status}`;
      return { ok: false, statusCode: res.status, durationMs, error };
    } catch (err) {
      return { ok: false, statusCode: null, durationMs: Date.now() - started, error: describeError(err) };
    }
  }
}
