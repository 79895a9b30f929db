import type { ObligationKind } from '../../shared/breaches/breach-types';

import { isNotRequiredPending as notRequiredPending, isOverdueOnBoard } from '@lekwacht/domain';
import type { ClockBoardPage, ClockBoardParams } from './api/obligations-api';

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

/**
 * Past its deadline and still owed (libs/domain isOverdueOnBoard; the API's `overdue=true` filter).
 * An obligation the latest assessment says is not required is a decision to confirm, not late.
 */
export const isOverdueAt = (o: BoardObligation, now: number): boolean => isOverdueOnBoard(o, now);

/**
 * A "not required" decision waiting for a manager: the latest assessment says not required, or
 * an officer proposed it and nobody has decided yet (libs/domain; the API's `notRequiredPending`).
 */
export const isNotRequiredPending = (o: BoardObligation): boolean => notRequiredPending(o);

export type SortKey = 'due' | 'breach' | 'who' | 'kind';
export type SortDirection = 'asc' | 'desc';
export type Layout = 'grouped' | 'flat';

/**
 * The board's filters and order as the API's query (issue #19: the server filters, sorts and
 * pages). The grouped layout is always by deadline (most urgent breach first); "who" is sorted by
 * the names in the page's language.
 */
export function boardParams(
  filters: BoardFilters,
  layout: Layout,
  sort: { key: SortKey; direction: SortDirection },
  lang: 'nl' | 'en',
): ClockBoardParams {
  const flat = layout === 'flat';
  return {
    ...(filters.kind !== 'all' ? { kind: filters.kind } : {}),
    ...(filters.overdueOnly ? { overdue: true } : {}),
    ...(filters.customer !== null ? { customer: filters.customer } : {}),
    ...(filters.notRequiredPendingOnly ? { notRequiredPending: true } : {}),
    sort: flat ? sort.key : 'due',
    direction: flat ? sort.direction : 'asc',
    ...(flat && sort.key === 'who' ? { lang } : {}),
  };
}

export interface BreachGroup<T extends BoardObligation> {
  breachId: string;
  reference: string;
  title: string;
  rows: T[];
  /** The breach's duties that match the filters, loaded or not (the server counts them). */
  count: number;
  overdue: number;
}

/**
 * One group per breach in the order the rows came (by deadline: the breach with the most urgent
 * duty first), its duties most urgent first. The counts are the server's (`groups`): a breach's
 * later duties may be on a page not loaded yet; without them, the loaded rows are counted.
 */
export function groupByBreach<T extends BoardObligation>(
  rows: readonly T[],
  now: number,
  counts: ReadonlyMap<string, { count: number; overdue: number }> = new Map(),
): BreachGroup<T>[] {
  const groups = new Map<string, BreachGroup<T>>();
  for (const o of rows) {
    let g = groups.get(o.breachId);
    if (!g) {
      g = { breachId: o.breachId, reference: o.reference, title: o.title, rows: [], count: 0, overdue: 0 };
      groups.set(o.breachId, g);
    }
    g.rows.push(o);
  }
  for (const g of groups.values()) {
    const known = counts.get(g.breachId);
    g.count = Math.max(known?.count ?? 0, g.rows.length);
    g.overdue = known?.overdue ?? g.rows.filter((o) => isOverdueAt(o, now)).length;
  }
  return [...groups.values()];
}

/** The loaded pages' duties in order (a duty moved between two pages by a refresh shows once) and their breaches' counts. */
export function loadedRows<T extends BoardObligation>(
  pages: readonly (Omit<ClockBoardPage, 'items'> & { items: T[] })[],
): { rows: T[]; counts: Map<string, { count: number; overdue: number }> } {
  const seen = new Set<string>();
  const rows: T[] = [];
  const counts = new Map<string, { count: number; overdue: number }>();
  for (const page of pages) {
    for (const o of page.items) {
      if (seen.has(o.id)) continue;
      seen.add(o.id);
      rows.push(o);
    }
    for (const g of page.groups) counts.set(g.breachId, { count: g.count, overdue: g.overdue });
  }
  return { rows, counts };
}
