import { type ObligationKind } from '../obligations';

/** How often a recipient may get an escalation mail at most, in minutes (issue #16.8). */
export const DEFAULT_DIGEST_INTERVAL_MINUTES = 15;
/** A day: beyond that a digest would hide an overdue duty for too long. 0 = no bundling across sweeps. */
export const MAX_DIGEST_INTERVAL_MINUTES = 1440;

export type DigestIntervalValidation = { ok: true; value: number } | { ok: false; errors: string[] };

export function validateDigestInterval(value: unknown, field = 'digestIntervalMinutes'): DigestIntervalValidation {
  if (typeof value !== 'number' || !Number.isInteger(value))
    return { ok: false, errors: [`${field} must be a whole number of minutes`] };
  if (value < 0 || value > MAX_DIGEST_INTERVAL_MINUTES)
    return { ok: false, errors: [`${field} must be between 0 and ${MAX_DIGEST_INTERVAL_MINUTES}`] };
  return { ok: true, value };
}

/**
 * When a recipient's next digest goes out, given the last one. Nothing sent within the interval:
 * at once. Otherwise at the end of the interval, and never later, so an overdue AP deadline waits
 * at most one interval, however much else is due for the same person.
 */
export function nextDigestAt(input: { lastDigestAt: Date | null; intervalMinutes: number; now: Date }): Date {
  const { lastDigestAt, intervalMinutes, now } = input;
  if (!lastDigestAt) return now;
  const endOfInterval = lastDigestAt.getTime() + intervalMinutes * 60_000;
  return new Date(Math.max(now.getTime(), endOfInterval));
}

export interface DigestItem {
  escalationId: string;
  breachReference: string;
  obligationKind: ObligationKind;
  dueAt: Date;
}

/**
 * The order of a digest: soonest (or longest overdue) deadline first; AP before the rest on the
 * same due time, as the AP deadline is the one the law counts; then by breach reference.
 */
export function orderDigestItems<T extends DigestItem>(items: readonly T[]): T[] {
  const rank = (k: ObligationKind) => (k === 'authority' ? 0 : 1);
  return [...items].sort(
    (a, b) =>
      a.dueAt.getTime() - b.dueAt.getTime() ||
      rank(a.obligationKind) - rank(b.obligationKind) ||
      a.breachReference.localeCompare(b.breachReference) ||
      a.escalationId.localeCompare(b.escalationId),
  );
}
