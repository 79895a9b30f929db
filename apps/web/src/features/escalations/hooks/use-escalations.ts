import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { timelineQueryKey } from '../../../shared/breaches/breaches-api';
import { isApiError } from '../../../api/api-error';
import { acknowledgeWithCode, escalationPageQueryKey, getEscalationPage } from '../api/escalation-link-api';
import { acknowledgeEscalation, escalationsQueryKey, listEscalations } from '../api/escalations-api';

/** A breach's escalations; refreshed each minute as the scheduler fires new steps. */
export function useEscalations(breachId: string) {
  return useQuery({
    queryKey: escalationsQueryKey(breachId),
    queryFn: () => listEscalations(breachId),
    refetchInterval: 60_000,
  });
}

export function useAcknowledgeEscalation(breachId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => acknowledgeEscalation(id),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: escalationsQueryKey(breachId) }),
        queryClient.invalidateQueries({ queryKey: timelineQueryKey(breachId) }),
      ]);
    },
  });
}

/** The page behind the mail link; an unknown link stays unknown, so no retries on 4xx. */
export function useEscalationPage(id: string, token: string | null) {
  return useQuery({
    queryKey: escalationPageQueryKey(id, token),
    queryFn: () => getEscalationPage(id, token),
    retry: (count, error) => !isApiError(error) && count < 2,
    refetchOnWindowFocus: false,
  });
}

/** Acknowledges from the page: after login (`code` null) or with the recipient's one-time code. */
export function useAcknowledgeFromPage(id: string, token: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string | null) =>
      code !== null && token ? acknowledgeWithCode(id, token, code) : acknowledgeEscalation(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: escalationPageQueryKey(id, token) }),
  });
}
