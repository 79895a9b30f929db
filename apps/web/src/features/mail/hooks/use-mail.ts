import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  getMail,
  listMail,
  mailDetailQueryKey,
  mailListQueryKey,
  mailQueryKey,
  type MailFilters,
  retryMail,
} from '../../../shared/mail/mail-api';
import { mailPagesQuery } from '../mailbox-query';

/** The outbox (all, or one breach's), refreshed while the worker delivers. */
export function useMailList(breachId?: string) {
  return useQuery({ queryKey: mailListQueryKey(breachId), queryFn: () => listMail(breachId), refetchInterval: 30_000 });
}

/** The mailbox, filtered, one page after another ("load more"); refreshed while the worker delivers. */
export function useMailPages(filters: MailFilters) {
  return useInfiniteQuery({ ...mailPagesQuery(filters), placeholderData: keepPreviousData, refetchInterval: 30_000 });
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
