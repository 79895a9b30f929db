import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { escalationPolicyQueryKey, getEscalationSettings, putEscalationSettings } from '../api/policy-api';

export function useEscalationSettings() {
  return useQuery({
    queryKey: escalationPolicyQueryKey,
    queryFn: getEscalationSettings,
    refetchOnWindowFocus: false,
  });
}

export function useSaveEscalationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putEscalationSettings,
    onSuccess: (settings) => queryClient.setQueryData(escalationPolicyQueryKey, settings),
  });
}
