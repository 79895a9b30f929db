import { useMutation, useQueryClient } from '@tanstack/react-query';
import { breachQueryKey, timelineQueryKey } from '../../../shared/breaches/breaches-api';
import { approveNotRequired, proposeNotRequired, rejectNotRequired } from '../api/not-required-api';

function useObligationMutation<V>(breachId: string, fn: (vars: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: breachQueryKey(breachId) }),
        queryClient.invalidateQueries({ queryKey: timelineQueryKey(breachId) }),
        queryClient.invalidateQueries({ queryKey: ['obligations'] }),
      ]);
    },
  });
}

export const useProposeNotRequired = (breachId: string, obligationId: string) =>
  useObligationMutation(breachId, (rationale: string) => proposeNotRequired(obligationId, rationale));
export const useApproveNotRequired = (breachId: string, obligationId: string) =>
  useObligationMutation(breachId, () => approveNotRequired(obligationId));
export const useRejectNotRequired = (breachId: string, obligationId: string) =>
  useObligationMutation(breachId, (reason: string) => rejectNotRequired(obligationId, reason));
