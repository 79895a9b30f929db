import { Injectable } from '@nestjs/common';
import { OBLIGATION_KINDS, type ObligationKind } from '@lekwacht/domain';
import { collectDefaultMetrics, Counter, Gauge, Histogram, register as processRegistry, Registry } from 'prom-client';
import { MAIL_KINDS } from '../mail/mail-kinds';

/** The metric names, also used by docs/grafana-lekwacht.json and docs/operations.md. */
export const METRIC = {
  escalationLateness: 'lekwacht_escalation_lateness_seconds',
  outboxDepth: 'lekwacht_outbox_depth',
  outboxOldestAge: 'lekwacht_outbox_oldest_queued_age_seconds',
  outboxFailed: 'lekwacht_outbox_failed',
  mailDeliveries: 'lekwacht_mail_deliveries_total',
  mailFailures: 'lekwacht_mail_delivery_failures_total',
  mailUndeliverable: 'lekwacht_mail_undeliverable_total',
  obligationsOpen: 'lekwacht_obligations_open',
  obligationsOverdue: 'lekwacht_obligations_overdue',
  httpDuration: 'lekwacht_http_request_duration_seconds',
} as const;

let processMetricsStarted = false;

/**
 * The instruments. Each app has its own registry (the integration tests start several apps in
 * one process); the Node.js process metrics (memory, CPU, event loop) are registered once per
 * process on prom-client's default registry and merged in at scrape time.
 */
@Injectable()
export class AppMetrics {
  readonly registry = new Registry();

  /** Fired time minus due time of each escalation step (a sweep or a late instance shows here). */
  readonly escalationLateness = new Histogram({
    name: METRIC.escalationLateness,
    help: 'Escalation steps fired: fired time minus due time, in seconds, by obligation kind',
    labelNames: ['kind'] as const,
    buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600],
    registers: [this.registry],
  });

  readonly outboxDepth = new Gauge({
    name: METRIC.outboxDepth,
    help: 'Outgoing messages waiting (queued or being delivered), by kind',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  readonly outboxOldestAge = new Gauge({
    name: METRIC.outboxOldestAge,
    help: 'Age in seconds of the oldest outgoing message still waiting, by kind (0 when none waits)',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  readonly outboxFailed = new Gauge({
    name: METRIC.outboxFailed,
    help: 'Outgoing messages given up on after every attempt and not retried, by kind',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  readonly mailDeliveries = new Counter({
    name: METRIC.mailDeliveries,
    help: 'Messages the SMTP server (or the built-in mailbox) accepted, by this instance',
    registers: [this.registry],
  });

  readonly mailFailures = new Counter({
    name: METRIC.mailFailures,
    help: 'Failed delivery attempts (each is retried until the last), by this instance',
    registers: [this.registry],
  });

  readonly mailUndeliverable = new Counter({
    name: METRIC.mailUndeliverable,
    help: 'Messages given up on after their last attempt, by this instance',
    registers: [this.registry],
  });

  readonly obligationsOpen = new Gauge({
    name: METRIC.obligationsOpen,
    help: 'Open obligations (duties to notify), by kind',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  readonly obligationsOverdue = new Gauge({
    name: METRIC.obligationsOverdue,
    help: 'Open obligations past their deadline (a decision "not required" excluded), by kind',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: METRIC.httpDuration,
    help: 'HTTP requests by method, route pattern (never the URL itself) and status code, in seconds',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor() {
    // Every kind has a series from the start, so a dashboard and an alert see 0, not "no data".
    for (const kind of OBLIGATION_KINDS) {
      this.escalationLateness.zero({ kind });
      this.obligationsOpen.set({ kind }, 0);
      this.obligationsOverdue.set({ kind }, 0);
    }
    for (const kind of MAIL_KINDS) {
      this.outboxDepth.set({ kind }, 0);
      this.outboxOldestAge.set({ kind }, 0);
      this.outboxFailed.set({ kind }, 0);
    }
    if (!processMetricsStarted) {
      processMetricsStarted = true;
      collectDefaultMetrics({ register: processRegistry });
    }
  }

  escalationFired(kind: ObligationKind, lateMs: number): void {
    this.escalationLateness.observe({ kind }, Math.max(0, lateMs) / 1000);
  }

  mailDelivered(): void {
    this.mailDeliveries.inc();
  }

  /** A failed attempt; `final` when it was the last one and the message is now failed. */
  mailFailed(final: boolean): void {
    this.mailFailures.inc();
    if (final) this.mailUndeliverable.inc();
  }

  /** The text exposition of this app's and the process's metrics. */
  async render(): Promise<string> {
    return Registry.merge([processRegistry, this.registry]).metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
