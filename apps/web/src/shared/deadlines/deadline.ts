import type { Obligation } from '../breaches/breach-types';

const HOUR = 3_600_000;

export type DeadlineTone = 'green' | 'yellow' | 'orange' | 'red' | 'gray' | 'blue';

/**
 * Colour of a countdown: green > 24 h left, yellow > 12 h, orange > 4 h, red ≤ 4 h or overdue;
 * grey once fulfilled or not required; blue for an open duty without a fixed deadline.
 */
export function deadlineTone(obligation: Pick<Obligation, 'state' | 'dueAt'>, now: number): DeadlineTone {
  if (obligation.state !== 'open') return 'gray';
  if (!obligation.dueAt) return 'blue';
  const left = new Date(obligation.dueAt).getTime() - now;
  if (left > 24 * HOUR) return 'green';
  if (left > 12 * HOUR) return 'yellow';
  if (left > 4 * HOUR) return 'orange';
  return 'red';
}

const TONE_RANK: Record<DeadlineTone, number> = { red: 0, orange: 1, yellow: 2, green: 3, blue: 4, gray: 5 };

/** The most urgent of several obligations (for the collapsed "Klanten n" chip). */
export function mostUrgent<T extends Pick<Obligation, 'state' | 'dueAt'>>(
  obligations: T[],
  now: number,
): T | undefined {
  return [...obligations].sort((a, b) => {
    const rank = TONE_RANK[deadlineTone(a, now)] - TONE_RANK[deadlineTone(b, now)];
    if (rank !== 0) return rank;
    return (a.dueAt ? Date.parse(a.dueAt) : Infinity) - (b.dueAt ? Date.parse(b.dueAt) : Infinity);
  })[0];
}

/** Overdue first, then soonest due; obligations without a deadline last. */
export function byUrgency<T extends Pick<Obligation, 'dueAt' | 'overdue'>>(a: T, b: T, now: number): number {
  const overdueA = a.overdue || (a.dueAt !== null && Date.parse(a.dueAt) < now);
  const overdueB = b.overdue || (b.dueAt !== null && Date.parse(b.dueAt) < now);
  if (overdueA !== overdueB) return overdueA ? -1 : 1;
  return (a.dueAt ? Date.parse(a.dueAt) : Infinity) - (b.dueAt ? Date.parse(b.dueAt) : Infinity);
}

const MINUTE = 60_000;

/**
 * Countdowns show whole minutes left ("nog 0 min" up to the deadline itself) or past it ("0 min
 * te laat" right after), so a chip only needs to change when that number does. `countdownStep`
 * numbers those steps in time order (0 = the last minute before the deadline, -1 = the first
 * minute after it); `countdownInstant` is a moment inside a step, with the same text as any
 * other moment of that step (and the same colour, except at the exact millisecond of a colour
 * threshold).
 */
export function countdownStep(dueMs: number, nowMs: number): number {
  const left = dueMs - nowMs;
  return left >= 0 ? Math.floor(left / MINUTE) : -1 - Math.floor(-left / MINUTE);
}

export function countdownInstant(dueMs: number, step: number): number {
  const left = step >= 0 ? step * MINUTE + MINUTE / 2 : -((-1 - step) * MINUTE + MINUTE / 2);
  return dueMs - left;
}
