import { DOWN_AFTER_MS, mailDeliveryState, type OutboxFigures, STALE_AFTER_MS } from './mail-delivery-state';

const now = new Date('2026-12-07T10:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const quiet: OutboxFigures = {
  smtpConfigured: true,
  waiting: 0,
  oldestWaitingAt: null,
  failingSince: null,
  lastError: null,
  lastSentAt: ago(5_000),
  failed: 0,
};

describe('mailDeliveryState', () => {
  it('is ok with an empty queue, and always ok for the built-in mailbox', () => {
    expect(mailDeliveryState(quiet, now)).toBe('ok');
    expect(mailDeliveryState({ ...quiet, smtpConfigured: false, failingSince: ago(DOWN_AFTER_MS * 10) }, now)).toBe(
      'ok',
    );
  });

  it('is degraded from the first failed attempt, and down once it has failed for a minute with nothing delivered', () => {
    const failing = { ...quiet, waiting: 3, oldestWaitingAt: ago(30_000), lastError: 'ECONNREFUSED' };
    expect(mailDeliveryState({ ...failing, failingSince: ago(1_000), lastSentAt: ago(90_000) }, now)).toBe('degraded');
    expect(mailDeliveryState({ ...failing, failingSince: ago(DOWN_AFTER_MS), lastSentAt: ago(90_000) }, now)).toBe(
      'down',
    );
  });

  it('stays degraded, not down, while some mail still gets through', () => {
    expect(
      mailDeliveryState({ ...quiet, waiting: 1, failingSince: ago(DOWN_AFTER_MS * 5), lastSentAt: ago(1_000) }, now),
    ).toBe('degraded');
  });

  it('is degraded when mail was given up on or waits too long without an error', () => {
    expect(mailDeliveryState({ ...quiet, failed: 1 }, now)).toBe('degraded');
    expect(mailDeliveryState({ ...quiet, waiting: 1, oldestWaitingAt: ago(STALE_AFTER_MS) }, now)).toBe('degraded');
    expect(mailDeliveryState({ ...quiet, waiting: 1, oldestWaitingAt: ago(STALE_AFTER_MS - 1) }, now)).toBe('ok');
  });
});
