import type { BreachStatus, UserRole } from '../../api/types';
import type { BreachListParams } from '../../shared/breaches/breaches-api';

/** Rows per page of the register. */
export const BREACH_PAGE_SIZE = 20;

export type StatusFilter = BreachStatus | 'all';
const isStatusFilter = (value: string | null): value is StatusFilter =>
  value === 'open' || value === 'closed' || value === 'all';

/**
 * The register as its URL shows it: `q`, `status`, `owner=me` (officers only) and `after`,
 * repeated: the cursors of the pages passed on the way here (keyset paging, issue #19), oldest
 * first. The page on screen is the one after the last of them; "Volgende" appends the cursor the
 * API gave for the next page and "Vorige" drops the last one, so back, forward and a reload show
 * the same page. A filter change drops them all (first page).
 */
export interface BreachListView {
  params: BreachListParams;
  /** The cursors of the pages before this one; empty on the first page. */
  trail: string[];
}

/** The page and a link's prefetch read the URL the same way, so they ask the same query. */
export function breachListViewOf(search: URLSearchParams, role: UserRole): BreachListView {
  const status = search.get('status');
  const trail = search.getAll('after').filter((cursor) => cursor !== '');
  const after = trail.at(-1);
  return {
    params: {
      q: search.get('q') ?? '',
      status: isStatusFilter(status) ? status : 'all',
      owner: role === 'officer' && search.get('owner') === 'me' ? 'me' : 'all',
      pageSize: BREACH_PAGE_SIZE,
      ...(after ? { after } : {}),
    },
    trail,
  };
}

/** `search` showing the page after the given trail of cursors (the first page for none). */
export function withTrail(search: URLSearchParams, trail: readonly string[]): URLSearchParams {
  const next = new URLSearchParams(search);
  next.delete('after');
  next.delete('page'); // numbered pages before issue #19
  for (const cursor of trail) next.append('after', cursor);
  return next;
}
