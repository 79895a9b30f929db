import { useQuery } from '@tanstack/react-query';
import { getMyWork, myWorkQueryKey } from '../api/my-work-api';

/** What waits for me; refreshed every minute while the page is open (escalations fire meanwhile). */
export function useMyWork() {
  return useQuery({ queryKey: myWorkQueryKey, queryFn: getMyWork, refetchInterval: 60_000 });
}
