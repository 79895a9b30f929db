import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  breachNoticesQueryKey,
  generateNotices,
  getNotice,
  listNotices,
  noticeQueryKey,
  noticesQueryKey,
  resendNotice,
  revokeNoticeToken,
  sendNotices,
  updateNotice,
  type UpdateNoticeBody,
} from '../api/notices-api';
import { hasQueued } from '../api/progress';

/** Delivery is watched every 2 s while any notice is still queued. */
export const NOTICE_POLL_MS = 2_000;

export function useBreachNotices(breachId: string) {
  return useQuery({
    queryKey: breachNoticesQueryKey(breachId),
    queryFn: () => listNotices(breachId),
    refetchInterval: (query) =>
      hasQueued(query.state.data) ? NOTICE_POLL_MS : false,
  });
}

export function useNotice(id: string | null) {
  return useQuery({
    queryKey: noticeQueryKey(id ?? ''),
    queryFn: () => getNotice(id as string),
    enabled: id !== null,
  });
}

function useInvalidateNotices() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: noticesQueryKey }),
      queryClient.invalidateQueries({ queryKey: ['mail'] }),
    ]);
}

export function useGenerateNotices(breachId: string) {
  const invalidate = useInvalidateNotices();
  return useMutation({
    mutationFn: () => generateNotices(breachId),
    onSuccess: invalidate,
  });
}

export function useSendNotices(breachId: string) {
  const invalidate = useInvalidateNotices();
  return useMutation({
    mutationFn: () => sendNotices(breachId),
    onSuccess: invalidate,
  });
}

export function useUpdateNotice() {
  const invalidate = useInvalidateNotices();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateNoticeBody }) =>
      updateNotice(id, body),
    onSuccess: invalidate,
  });
}

export function useResendNotice() {
  const invalidate = useInvalidateNotices();
  return useMutation({
    mutationFn: (id: string) => resendNotice(id),
    onSuccess: invalidate,
  });
}

export function useRevokeNoticeToken() {
  const invalidate = useInvalidateNotices();
  return useMutation({
    mutationFn: (id: string) => revokeNoticeToken(id),
    onSuccess: invalidate,
  });
}
