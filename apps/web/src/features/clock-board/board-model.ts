import type { ObligationKind } from '../../shared/breaches/breach-types';

/** What the board needs of an open obligation (OpenObligationDto). */
export interface BoardObligation {
  id: string;
  breachId: string;
  reference: string;
  title: string;
  kind: ObligationKind;
  customerName?: string | null;
  dueAt: string | null;
  required: boolean | null;
  overdue: boolean;
  notRequiredProposal?: unknown;
  notRequiredDecision?: unknown;
}

export interface BoardFilters {
  kind: ObligationKind | 'all';
  overdueOnly: boolean;
  /** A customer's name, or null for every duty. */
  customer: string | null;
  notRequiredPendingOnly: boolean;
}

export const NO_FILTERS: BoardFilters = {
  kind: 'all',
  overdueOnly: false,
  customer: null,
  notRequiredPendingOnly: false,
};

const dueMs = (o: BoardObligation) => (o.dueAt ? Date.parse(o.dueAt) : Infinity);

/**
 * Past its deadline and still owed. An obligation the latest assessment says is not required is
 * a decision to confirm, not a late notification (as in the reports), so it is never "te laat".
 */
export const isOverdueAt = (o: BoardObligation, now: number): boolean =>
  o.required !== false && (o.overdue || dueMs(o) < now);

/**
 * A "not required" decision waiting for a manager: the latest assessment says not required, or
 * an officer proposed it and nobody has decided yet.
 */
export const isNotRequiredPending = (o: BoardObligation): boolean =>
  o.required === false || (o.notRequiredProposal != null && o.notRequiredDecision == null);

export function filterBoard<T extends BoardObligation>(rows: readonly T[], f: BoardFilters, now: number): T[] {
  return rows.filter(
    (o) =>
      (f.kind === 'all' || o.kind === f.kind) &&
      (!f.overdueOnly || isOverdueAt(o, now)) &&
      (f.customer === null || o.customerName === f.customer) &&
      (!f.notRequiredPendingOnly || isNotRequiredPending(o)),
  );
}

/** Overdue first (longest overdue on top), then soonest due; without a deadline last. */
export const byUrgency = (a: BoardObligation, b: BoardObligation): number => dueMs(a) - dueMs(b);

export type SortKey = 'due' | 'breach' | 'who' | 'kind';
export type SortDirection = 'asc' | 'desc';

const KIND_ORDER: Record<ObligationKind, number> = { authority: 0, customer: 1, data_subjects: 2 };

/** "AP", the customer's name, or "Betrokkenen": who the duty is owed to. */
export type WhoLabel = (o: BoardObligation) => string;

export function sortFlat<T extends BoardObligation>(
  rows: readonly T[],
  key: SortKey,
  direction: SortDirection,
  who: WhoLabel,
): T[] {
  const compare: Record<SortKey, (a: T, b: T) => number> = {
    due: byUrgency,
    breach: (a, b) => a.reference.localeCompare(b.reference, 'nl', { numeric: true }) || byUrgency(a, b),
    who: (a, b) => who(a).localeCompare(who(b), 'nl') || byUrgency(a, b),
    kind: (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || byUrgency(a, b),
  };
  const sorted = [...rows].sort(compare[key]);
  return direction === 'asc' ? sorted : sorted.reverse();
}

export interface BreachGroup<T extends BoardObligation> {
  breachId: string;
  reference: string;
  title: string;
  rows: T[];
  overdue: number;
}

/** One group per breach, most urgent breach first, its duties most urgent first. */
export function groupByBreach<T extends BoardObligation>(rows: readonly T[], now: number): BreachGroup<T>[] {
  const groups = new Map<string, BreachGroup<T>>();
  for (const o of [...rows].sort(byUrgency)) {
    let g = groups.get(o.breachId);
    if (!g) {
      g = { breachId: o.breachId, reference: o.reference, title: o.title, rows: [], overdue: 0 };
      groups.set(o.breachId, g);
    }
    g.rows.push(o);
    if (isOverdueAt(o, now)) g.overdue++;
  }
  // Insertion order follows each breach's most urgent duty, since rows were sorted first.
  return [...groups.values()];
}

/** The customers that appear on the board, for the customer filter. */
const dutch = new Intl.Collator('nl');

export const customersOf = (rows: readonly BoardObligation[]): string[] =>
  [...new Set(rows.map((o) => o.customerName).filter((n): n is string => !!n))].sort(dutch.compare);
