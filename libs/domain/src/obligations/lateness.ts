import { epochMs } from './elapsed-time';
import { type ObligationState } from './obligation-kinds';

export interface ObligationClock {
  state: ObligationState;
  dueAt: Date | null;
}

/**
 * Strictly after the due instant: a notification recorded at exactly 72 h 00 m 00.000 s is on
 * time. Only an open obligation can be overdue; a decided one is history.
 */
export function isOverdue(obligation: ObligationClock, now: Date): boolean {
  if (obligation.state !== 'open' || obligation.dueAt === null) {
    return false;
  }
  return epochMs('now', now) > epochMs('dueAt', obligation.dueAt);
}

/**
 * Judged at the fulfilment instant, not at "now", so that a notification made in time stays
 * on time forever and a late one stays late (and keeps needing its delay reason).
 */
export function isLate(dueAt: Date | null, fulfilledAt: Date | null): boolean {
  if (dueAt === null || fulfilledAt === null) {
    return false;
  }
  return epochMs('fulfilledAt', fulfilledAt) > epochMs('dueAt', dueAt);
}

/** Negative once overdue, so the clock board can show "3 h over"; null when there is no deadline. */
export function timeLeftMs(dueAt: Date | null, now: Date): number | null {
  if (dueAt === null) {
    return null;
  }
  return epochMs('dueAt', dueAt) - epochMs('now', now);
}
