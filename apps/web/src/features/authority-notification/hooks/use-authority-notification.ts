import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Language } from '../../../api/types';
import { breachQueryKey, timelineQueryKey } from '../../../shared/breaches/breaches-api';
import {
  addFollowUp,
  apExportQueryKey,
  approveNotification,
  type AuthorityNotification,
  authorityNotificationQueryKey,
  type FollowUpInput,
  getApExport,
  getAuthorityNotification,
  listAuthorityNotifications,
  authorityNotificationListQueryKey,
  recordSubmission,
  type RecordSubmissionBody,
  rejectNotification,
  type SectionAnswers,
  submitForApproval,
  updateAuthorityNotification,
  withdrawNotification,
} from '../api/authority-notification-api';

export function useAuthorityNotification(breachId: string) {
  return useQuery({
    queryKey: authorityNotificationQueryKey(breachId),
    queryFn: () => getAuthorityNotification(breachId),
  });
}

/** Notifications waiting for a manager's approval, across breaches; refreshed each minute. */
export function useAwaitingApprovalNotifications(enabled = true) {
  return useQuery({
    queryKey: authorityNotificationListQueryKey('awaiting_approval'),
    queryFn: () => listAuthorityNotifications('awaiting_approval'),
    refetchInterval: 60_000,
    enabled,
  });
}

export function useApExport(breachId: string, lang: Language) {
  return useQuery({ queryKey: apExportQueryKey(breachId, lang), queryFn: () => getApExport(breachId, lang) });
}

/** Every change answers with the whole notification: store it, and refresh what it touches. */
function useNotificationMutation<V>(breachId: string, fn: (vars: V) => Promise<AuthorityNotification>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (notification) => {
      queryClient.setQueryData(authorityNotificationQueryKey(breachId), notification);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['authority-notification', breachId, 'export'] }),
        queryClient.invalidateQueries({ queryKey: breachQueryKey(breachId) }),
        queryClient.invalidateQueries({ queryKey: timelineQueryKey(breachId) }),
        queryClient.invalidateQueries({ queryKey: ['obligations'] }),
        queryClient.invalidateQueries({ queryKey: ['authority-notifications'] }),
      ]);
    },
  });
}

export function useSaveSection(breachId: string) {
  return useNotificationMutation(
    breachId,
    ({ section, answers, version }: { section: string; answers: SectionAnswers; version: number }) =>
      updateAuthorityNotification(breachId, { [section]: answers }, version),
  );
}

export const useSubmitForApproval = (breachId: string) =>
  useNotificationMutation(breachId, (reasons?: Record<string, string>) => submitForApproval(breachId, reasons));
export const useApproveNotification = (breachId: string) =>
  useNotificationMutation(breachId, () => approveNotification(breachId));
export const useRejectNotification = (breachId: string) =>
  useNotificationMutation(breachId, (reason: string) => rejectNotification(breachId, reason));
export const useRecordSubmission = (breachId: string) =>
  useNotificationMutation(breachId, (body: RecordSubmissionBody) => recordSubmission(breachId, body));
export const useAddFollowUp = (breachId: string) =>
  useNotificationMutation(breachId, (content: FollowUpInput) => addFollowUp(breachId, content));
export const useWithdrawNotification = (breachId: string) =>
  useNotificationMutation(breachId, (reason: string) => withdrawNotification(breachId, reason));
