import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { mailDeliveryState, type MailDeliveryState, type OutboxFigures } from './mail-delivery-state';

export interface MailDeliveryStatus {
  state: MailDeliveryState;
  mode: 'smtp' | 'mailbox';
  waiting: number;
  oldestWaitingAt: string | null;
  failingSince: string | null;
  lastError: string | null;
  failed: number;
}

/** Cached briefly: the health check and every open clock board ask for it. */
const CACHE_MS = 5_000;

/** The state of outgoing mail across all instances, read from the outbox itself. */
@Injectable()
export class MailDeliveryStatusService {
  private cached: { at: number; status: MailDeliveryStatus } | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async current(now = new Date()): Promise<MailDeliveryStatus> {
    if (this.cached && now.getTime() - this.cached.at < CACHE_MS) return this.cached.status;
    const [row] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE status IN ('queued', 'sending'))::int AS waiting,
              min(created_at) FILTER (WHERE status IN ('queued', 'sending')) AS oldest_waiting_at,
              min(created_at) FILTER (WHERE status IN ('queued', 'sending') AND last_error IS NOT NULL) AS failing_since,
              count(*) FILTER (WHERE status = 'failed')::int AS failed,
              max(sent_at) AS last_sent_at,
              (SELECT last_error FROM outbox_messages
                WHERE status IN ('queued', 'sending', 'failed') AND last_error IS NOT NULL
                ORDER BY next_attempt_at DESC LIMIT 1) AS last_error
         FROM outbox_messages
        WHERE status <> 'sent' OR sent_at > now() - interval '1 day'`,
    )) as {
      waiting: number;
      oldest_waiting_at: Date | null;
      failing_since: Date | null;
      failed: number;
      last_sent_at: Date | null;
      last_error: string | null;
    }[];
    const figures: OutboxFigures = {
      smtpConfigured: Boolean(this.config.env.SMTP_URL),
      waiting: row?.waiting ?? 0,
      oldestWaitingAt: row?.oldest_waiting_at ?? null,
      failingSince: row?.failing_since ?? null,
      lastError: row?.last_error ?? null,
      lastSentAt: row?.last_sent_at ?? null,
      failed: row?.failed ?? 0,
    };
    const status: MailDeliveryStatus = {
      state: mailDeliveryState(figures, now),
      mode: figures.smtpConfigured ? 'smtp' : 'mailbox',
      waiting: figures.waiting,
      oldestWaitingAt: figures.oldestWaitingAt?.toISOString() ?? null,
      failingSince: figures.failingSince?.toISOString() ?? null,
      lastError: figures.lastError,
      failed: figures.failed,
    };
    this.cached = { at: now.getTime(), status };
    return status;
  }
}
