import type { NotificationTerms } from '@lekwacht/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { breachQueryKey, timelineQueryKey } from '../../../shared/breaches/breaches-api';
import {
  confirmBreach,
  customerClocksQueryKey,
  type getCustomerClocks,
  getNotificationTerms,
  importNotificationTerms,
  logNoticeCall,
  type LogNoticeCallBody,
  notificationTermsQueryKey,
  putNotificationTerms,
  resetNotificationTerms,
} from '../api/notification-terms-api';
import { customerClocksQuery } from '../api/customer-clock-queries';

export function useNotificationTerms(customerId: string) {
  return useQuery({ queryKey: notificationTermsQueryKey(customerId), queryFn: () => getNotificationTerms(customerId) });
}

/** Saves the agreement's terms, or (terms null) goes back to "nothing agreed". */
export function useSaveNotificationTerms(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (terms: NotificationTerms | null) =>
      terms ? putNotificationTerms(customerId, terms) : resetNotificationTerms(customerId),
    onSuccess: (saved) => queryClient.setQueryData(notificationTermsQueryKey(customerId), saved),
  });
}

export function useImportNotificationTerms() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importNotificationTerms,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['customers'] }),
  });
}

export function useCustomerClocks(breachId: string) {
  return useQuery(customerClocksQuery(breachId));
}

/** Confirming or logging a call changes clocks shown elsewhere on the breach page too. */
function useClockMutation<A>(breachId: string, fn: (args: A) => ReturnType<typeof getCustomerClocks>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (clocks) => {
      queryClient.setQueryData(customerClocksQueryKey(breachId), clocks);
      void queryClient.invalidateQueries({ queryKey: breachQueryKey(breachId) });
      void queryClient.invalidateQueries({ queryKey: timelineQueryKey(breachId) });
      void queryClient.invalidateQueries({ queryKey: ['obligations'] });
    },
  });
}

export function useConfirmBreach(breachId: string) {
  return useClockMutation(breachId, (confirmedAt: string | undefined) => confirmBreach(breachId, confirmedAt));
}

export function useLogNoticeCall(breachId: string) {
  return useClockMutation(breachId, ({ customerId, body }: { customerId: string; body: LogNoticeCallBody }) =>
    logNoticeCall(breachId, customerId, body),
  );
}
