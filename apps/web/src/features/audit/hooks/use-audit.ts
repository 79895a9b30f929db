import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import {
  auditActionsQueryKey,
  auditEventsQueryKey,
  type AuditFilters,
  auditVerificationQueryKey,
  getAuditVerification,
  listAuditActions,
  listAuditEvents,
} from '../api/audit-api';

/** The chain's verification: a walk over every event, so asked once a minute at most, on demand after. */
export function useAuditVerification() {
  return useQuery({ queryKey: auditVerificationQueryKey, queryFn: getAuditVerification, staleTime: 60_000 });
}

/** The log, filtered, one page after another ("Meer laden"). */
export function useAuditEvents(filters: AuditFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: auditEventsQueryKey(filters),
    queryFn: ({ pageParam }) => listAuditEvents(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useAuditActions() {
  return useQuery({ queryKey: auditActionsQueryKey, queryFn: listAuditActions, staleTime: 5 * 60_000 });
}
