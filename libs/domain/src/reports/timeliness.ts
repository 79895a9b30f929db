import { isOverdue } from '../obligations/lateness';
import { type ObligationState } from '../obligations/obligation-kinds';

/**
 * How one obligation counts in an on-time rate:
 * - `on_time`: fulfilled by its deadline;
 * - `late`: fulfilled after its deadline, or still open past it (an unmet deadline is the
 *   latest kind of late, not "not yet counted");
 * - `pending`: open, deadline not yet reached: not judged yet;
 * - `not_counted`: no deadline, decided not required, or open while the latest assessment says
 *   it is not required (a decision to confirm, not an overdue notification).
 */
export type Timeliness = 'on_time' | 'late' | 'pending' | 'not_counted';

export interface TimedObligation {
  state: ObligationState;
  /** Latest assessment's verdict; null until assessed. */
  required: boolean | null;
  dueAt: Date | null;
  /** Frozen at fulfilment (see isLate). */
  late: boolean;
}

export function timelinessOf(obligation: TimedObligation, now: Date): Timeliness {
  if (obligation.dueAt === null || obligation.state === 'not_required') return 'not_counted';
  if (obligation.state === 'fulfilled') return obligation.late ? 'late' : 'on_time';
  if (obligation.required === false) return 'not_counted';
  return isOverdue(obligation, now) ? 'late' : 'pending';
}

/** The figures behind an on-time rate, over the obligations due in a period. */
export interface TimelinessCounts {
  onTime: number;
  /** Fulfilled after the deadline. */
  lateFulfilled: number;
  /** Still open past the deadline. */
  openOverdue: number;
  /** Open, deadline still ahead: left out of the rate. */
  pending: number;
}

export const NO_TIMELINESS: TimelinessCounts = Object.freeze({
  onTime: 0,
  lateFulfilled: 0,
  openOverdue: 0,
  pending: 0,
});

/** Adds `n` obligations like this one to the counts (n > 1 for rows grouped in SQL). */
export function tallyTimeliness(
  counts: TimelinessCounts,
  obligation: TimedObligation,
  now: Date,
  n = 1,
): TimelinessCounts {
  const t = timelinessOf(obligation, now);
  if (t === 'on_time') return { ...counts, onTime: counts.onTime + n };
  if (t === 'pending') return { ...counts, pending: counts.pending + n };
  if (t === 'late') {
    return obligation.state === 'fulfilled'
      ? { ...counts, lateFulfilled: counts.lateFulfilled + n }
      : { ...counts, openOverdue: counts.openOverdue + n };
  }
  return counts;
}

export function countTimeliness(obligations: Iterable<TimedObligation>, now: Date): TimelinessCounts {
  let counts = NO_TIMELINESS;
  for (const o of obligations) counts = tallyTimeliness(counts, o, now);
  return counts;
}

/** Deadlines that have been judged: met, missed and fulfilled late, missed and still open. */
export const judgedCount = (c: TimelinessCounts): number => c.onTime + c.lateFulfilled + c.openOverdue;

/**
 * On time / judged, rounded to four decimals (0.6667); null when nothing was judged, so that a
 * period without deadlines does not read as 0 % or 100 %.
 */
export function onTimeRate(c: TimelinessCounts): number | null {
  const whole = judgedCount(c);
  return whole === 0 ? null : Math.round((c.onTime / whole) * 10_000) / 10_000;
}
