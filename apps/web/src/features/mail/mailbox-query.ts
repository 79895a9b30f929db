import { infiniteQueryOptions } from '@tanstack/react-query';
import { PREFETCHED_FRESH_MS } from '../../shared/navigation/route-preload';
import {
  listMailPage,
  MAIL_KINDS,
  MAIL_STATUSES,
  type MailFilters,
  mailPagesQueryKey,
} from '../../shared/mail/mail-api';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v === value);

/**
 * The mailbox's filters from its URL (`?kind=…&status=…&breachId=…&recipient=…`); unknown values
 * match everything. The page and a link's prefetch (issue #19) read them the same way.
 */
export function mailFiltersOf(search: URLSearchParams): MailFilters {
  const kind = oneOf(MAIL_KINDS, search.get('kind'));
  const status = oneOf(MAIL_STATUSES, search.get('status'));
  const breachParam = search.get('breachId');
  const breachId = breachParam && UUID.test(breachParam) ? breachParam : undefined;
  const recipient = search.get('recipient')?.trim() || undefined;
  return {
    ...(kind ? { kind } : {}),
    ...(status ? { status } : {}),
    ...(breachId ? { breachId } : {}),
    ...(recipient ? { recipient } : {}),
  };
}

/** The mailbox, filtered, one page after another; also what a link to it prefetches (issue #19). */
export const mailPagesQuery = (filters: MailFilters) =>
  infiniteQueryOptions({
    queryKey: mailPagesQueryKey(filters),
    queryFn: ({ pageParam }) => listMailPage(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: PREFETCHED_FRESH_MS,
  });
