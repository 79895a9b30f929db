import { queryOptions, useQuery } from '@tanstack/react-query';
import { PREFETCHED_FRESH_MS } from '../../../shared/navigation/route-preload';
import { getMyWork, myWorkQueryKey } from '../api/my-work-api';

/** What waits for me; also what the menu link prefetches (issue #19). */
export const myWorkQuery = () =>
  queryOptions({ queryKey: myWorkQueryKey, queryFn: getMyWork, staleTime: PREFETCHED_FRESH_MS });

/** What waits for me; refreshed every minute while the page is open (escalations fire meanwhile). */
export function useMyWork() {
  return useQuery({ ...myWorkQuery(), refetchInterval: 60_000 });
}
