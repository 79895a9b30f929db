import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { breachQueryKey, timelineQueryKey } from '../../../shared/breaches/breaches-api';
import {
  breachNoticesQueryKey,
  followUpNotices,
  generateNotices,
  previewNotice,
  reviewNotices,
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
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: breachNoticesQueryKey(breachId),
    queryFn: () => listNotices(breachId),
    refetchInterval: (q) => (hasQueued(q.state.data) ? NOTICE_POLL_MS : false),
  });
  // A delivered notice fulfils the customer's obligation: once the queue drains, the breach's
  // clocks and timeline change too.
  const queued = hasQueued(query.data);
  const wasQueued = useRef(queued);
  useEffect(() => {
    if (wasQueued.current && !queued) {
      void queryClient.invalidateQueries({ queryKey: breachQueryKey(breachId) });
      void queryClient.invalidateQueries({ queryKey: timelineQueryKey(breachId) });
      void queryClient.invalidateQueries({ queryKey: ['obligations'] });
    }
    wasQueued.current = queued;
  }, [queued, breachId, queryClient]);
  return query;
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
    mutationFn: ({ id, body }: { id: string; body: UpdateNoticeBody }) => updateNotice(id, body),
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

/** Exactly what one customer receives (mail text and HTML, portal page); refetched when the draft changes. */
export function useNoticePreview(id: string | null) {
  return useQuery({
    queryKey: [...noticeQueryKey(id ?? ''), 'preview'],
    queryFn: () => previewNotice(id as string),
    enabled: id !== null,
  });
}

export function useReviewNotices(breachId: string) {
  const invalidate = useInvalidateNotices();
  return useMutation({
    mutationFn: (noticeIds: string[]) => reviewNotices(breachId, noticeIds),
    onSuccess: invalidate,
  });
}

export function useFollowUpNotices(breachId: string) {
  const invalidate = useInvalidateNotices();
  return useMutation({
    mutationFn: (customerIds?: string[]) => followUpNotices(breachId, customerIds),
    onSuccess: invalidate,
  });
}
