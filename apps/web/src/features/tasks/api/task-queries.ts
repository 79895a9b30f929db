import { queryOptions } from '@tanstack/react-query';
import { PREFETCHED_FRESH_MS } from '../../../shared/navigation/route-preload';
import { listTasks, tasksQueryKey } from './tasks-api';

/**
 * A breach's tasks. Their count is on the breach page's first paint, so a link to the breach
 * prefetches them (issue #19); kept apart from the hooks so that brings no mutation code along.
 */
export const tasksQuery = (breachId: string) =>
  queryOptions({
    queryKey: tasksQueryKey(breachId),
    queryFn: () => listTasks(breachId),
    staleTime: PREFETCHED_FRESH_MS,
  });
