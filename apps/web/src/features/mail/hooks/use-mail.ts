import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  getMail,
  listMail,
  listMailPage,
  mailDetailQueryKey,
  mailListQueryKey,
  mailPagesQueryKey,
  mailQueryKey,
  type MailFilters,
  retryMail,
} from '../api/mail-api';

/** The outbox (all, or one breach's), refreshed while the worker delivers. */
export function useMailList(breachId?: string) {
  return useQuery({ queryKey: mailListQueryKey(breachId), queryFn: () => listMail(breachId), refetchInterval: 30_000 });
}

/** The mailbox, filtered, one page after another ("load more"); refreshed while the worker delivers. */
export function useMailPages(filters: MailFilters) {
  return useInfiniteQuery({
    queryKey: mailPagesQueryKey(filters),
    queryFn: ({ pageParam }) => listMailPage(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
}

export function useMail(id: string | null) {
  return useQuery({
    queryKey: mailDetailQueryKey(id ?? ''),
    queryFn: () => getMail(id as string),
    enabled: id !== null,
  });
}

export function useRetryMail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => retryMail(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mailQueryKey }),
  });
}
