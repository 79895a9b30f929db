import type { QueryClient } from '@tanstack/react-query';
import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import { PREFETCHED_FRESH_MS } from '../../../shared/navigation/route-preload';
import { type ClockBoardParams, clockBoardQueryKey, getClockBoardPage } from '../api/obligations-api';

/** What the board asks for when it opens: every open duty, soonest deadline first, grouped per breach. */
export const FIRST_BOARD_PARAMS: ClockBoardParams = { sort: 'due', direction: 'asc' };

/**
 * The board a page at a time (issue #19): filters and order go to the API, which answers 100 duties
 * at a time with the header's figures over all of them. Also what the menu link to the board
 * prefetches (its first page, with FIRST_BOARD_PARAMS).
 */
export const clockBoardQuery = (params: ClockBoardParams = FIRST_BOARD_PARAMS) =>
  infiniteQueryOptions({
    queryKey: clockBoardQueryKey(params),
    queryFn: ({ pageParam }) => getClockBoardPage(params, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: PREFETCHED_FRESH_MS,
  });

/** Starts the board's first page unless it is cached or on its way (the menu's prefetch). */
export function preloadClockBoard(client: QueryClient): void {
  const options = clockBoardQuery();
  if (client.getQueryData(options.queryKey) !== undefined) return;
  // a failed prefetch is not shown: the page asks again and shows its own error
  void client.prefetchInfiniteQuery(options).catch(() => undefined);
}

/**
 * The board's pages; refreshed each minute so new breaches appear on a wall screen (every loaded
 * page, in one pass). While other filters or another order load, the previous rows stay.
 */
export function useClockBoard(params: ClockBoardParams) {
  return useInfiniteQuery({ ...clockBoardQuery(params), placeholderData: keepPreviousData, refetchInterval: 60_000 });
}

/**
 * The open duties with a "not required" proposal waiting for a manager (the approval card's
 * list; up to 500), from the board's endpoint: no longer every open duty (issue #19).
 */
export const openObligationsQuery = () =>
  queryOptions({
    queryKey: ['obligations', 'pending-proposals'] as const,
    queryFn: async () => (await getClockBoardPage({ proposalPending: true, limit: 500 }, null)).items,
    staleTime: PREFETCHED_FRESH_MS,
  });

/** The open duties whose "not required" proposal waits for a manager; refreshed each minute. */
export function useOpenObligations() {
  return useQuery({ ...openObligationsQuery(), refetchInterval: 60_000 });
}
