import { queryOptions, useQuery } from '@tanstack/react-query';
import { PREFETCHED_FRESH_MS } from '../../../shared/navigation/route-preload';
import { listOpenObligations, openObligationsQueryKey } from '../api/obligations-api';

/** Every open obligation; also what the menu link to the board prefetches (issue #19). */
export const openObligationsQuery = () =>
  queryOptions({ queryKey: openObligationsQueryKey, queryFn: listOpenObligations, staleTime: PREFETCHED_FRESH_MS });

/** Every open obligation; refreshed each minute so new breaches appear on a wall screen. */
export function useOpenObligations() {
  return useQuery({ ...openObligationsQuery(), refetchInterval: 60_000 });
}
