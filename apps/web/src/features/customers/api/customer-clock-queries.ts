import { queryOptions } from '@tanstack/react-query';
import { PREFETCHED_FRESH_MS } from '../../../shared/navigation/route-preload';
import { customerClocksQueryKey, getCustomerClocks } from './notification-terms-api';

/**
 * A breach's customer clocks, on the breach page's overview: a link to the breach prefetches them
 * (issue #19); kept apart from the hooks so that brings no mutation code along.
 */
export const customerClocksQuery = (breachId: string) =>
  queryOptions({
    queryKey: customerClocksQueryKey(breachId),
    queryFn: () => getCustomerClocks(breachId),
    staleTime: PREFETCHED_FRESH_MS,
  });
