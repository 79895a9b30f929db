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

/**
 * The first instant after `now` at which `isOverdue` turns for any of these obligations (an open
 * one's deadline passing), or null when it never will: whatever was judged overdue at `now` holds
 * until then, so a view of these clocks may be reused that long.
 */
export function nextOverdueChange(obligations: readonly ObligationClock[], now: Date): Date | null {
  const at = epochMs('now', now);
  let next: number | null = null;
  for (const o of obligations) {
    if (o.state !== 'open' || o.dueAt === null) continue;
    const turns = epochMs('dueAt', o.dueAt) + 1; // overdue strictly after the due instant
    if (turns > at && (next === null || turns < next)) next = turns;
  }
  return next === null ? null : new Date(next);
}
