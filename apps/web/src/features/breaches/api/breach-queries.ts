import { queryOptions } from '@tanstack/react-query';
import { PREFETCHED_FRESH_MS } from '../../../shared/navigation/route-preload';
import {
  type BreachListParams,
  breachQueryKey,
  breachesQueryKey,
  getBreach,
  listBreaches,
} from '../../../shared/breaches/breaches-api';

// The pages' queries, also started ahead of them by links (issue #19): kept apart from the
// hooks so a prefetch brings no mutation code into the initial bundle.

/** One page of the register. */
export const breachListQuery = (params: BreachListParams) =>
  queryOptions({
    queryKey: [...breachesQueryKey, 'list', params] as const,
    queryFn: () => listBreaches(params),
    staleTime: PREFETCHED_FRESH_MS,
  });

/** One breach. */
export const breachQuery = (id: string) =>
  queryOptions({ queryKey: breachQueryKey(id), queryFn: () => getBreach(id), staleTime: PREFETCHED_FRESH_MS });
