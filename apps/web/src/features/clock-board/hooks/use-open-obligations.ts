import { useQuery } from '@tanstack/react-query';
import { listOpenObligations, openObligationsQueryKey } from '../api/obligations-api';

/** Every open obligation; refreshed each minute so new breaches appear on a wall screen. */
export function useOpenObligations() {
  return useQuery({ queryKey: openObligationsQueryKey, queryFn: listOpenObligations, refetchInterval: 60_000 });
}
