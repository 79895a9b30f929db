/** Clocks of reporting devices differ a little; a discovery "in the future" beyond this is a typo. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

export interface BreachTimes {
  occurredAt: Date | null;
  discoveredAt: Date;
  containedAt: Date | null;
}

/** occurredAt ≤ discoveredAt ≤ now (+ skew); containedAt after occurrence and not in the future. */
export function validateBreachTimes(t: BreachTimes, now: Date): string[] {
  const errors: string[] = [];
  const latest = now.getTime() + CLOCK_SKEW_MS;
  if (t.discoveredAt.getTime() > latest) errors.push('discoveredAt must not be in the future');
  if (t.occurredAt && t.occurredAt.getTime() > t.discoveredAt.getTime()) {
    errors.push('occurredAt must not be after discoveredAt');
  }
  if (t.containedAt) {
    if (t.containedAt.getTime() > latest) errors.push('containedAt must not be in the future');
    if (t.occurredAt && t.containedAt.getTime() < t.occurredAt.getTime()) {
      errors.push('containedAt must not be before occurredAt');
    }
  }
  return errors;
}

/** DL-YYYY-NNNN; the year is the registration year in Europe/Amsterdam. */
export function breachReference(year: number, number: number): string {
  return `DL-${year}-${String(number).padStart(4, '0')}`;
}

/**
 * Whether a search term could be part of a reference: only D, L, digits and hyphens occur in one
 * (any case). A term with other characters need not be looked for in references.
 */
export const mayBePartOfReference = (term: string): boolean => /^[dl0-9-]+$/i.test(term);

export function amsterdamYear(at: Date): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(at));
}
