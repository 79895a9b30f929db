import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { timelineQueryKey } from '../../breaches/api/breaches-api';
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
