export type MailDeliveryState = 'ok' | 'degraded' | 'down';

/** What the outbox looks like now (one query, see MailDeliveryStatus). */
export interface OutboxFigures {
  smtpConfigured: boolean;
  /** Messages waiting (queued or being delivered). */
  waiting: number;
  oldestWaitingAt: Date | null;
  /** The oldest waiting message whose last attempt failed: delivery has failed since then. */
  failingSince: Date | null;
  lastError: string | null;
  lastSentAt: Date | null;
  /** Messages given up on after every attempt. */
  failed: number;
}

/** A failing run this long with nothing getting through is an outage, not a hiccup. */
export const DOWN_AFTER_MS = 60_000;
/** Mail that waits this long without any error is late all the same (a stalled worker). */
export const STALE_AFTER_MS = 5 * 60_000;

/**
 * Reads the outbox as an operator would: `down` when attempts have failed for a minute and
 * nothing was delivered meanwhile, `degraded` while some fail or mail waits too long or some was
 * given up on, else `ok`. Without SMTP the built-in mailbox is the delivery: always `ok`.
 */
export function mailDeliveryState(f: OutboxFigures, now: Date): MailDeliveryState {
  if (!f.smtpConfigured) return 'ok';
  if (f.failingSince) {
    const deliveredSince = f.lastSentAt !== null && f.lastSentAt > f.failingSince;
    if (!deliveredSince && now.getTime() - f.failingSince.getTime() >= DOWN_AFTER_MS) return 'down';
    return 'degraded';
  }
  if (f.failed > 0) return 'degraded';
  if (f.oldestWaitingAt && now.getTime() - f.oldestWaitingAt.getTime() >= STALE_AFTER_MS) return 'degraded';
  return 'ok';
}
