import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../api/api-error';
import { acknowledgePortalNotice, getPortalNotice, portalNoticeQueryKey } from '../api/portal-api';

export function usePortalNotice(token: string) {
  return useQuery({
    queryKey: portalNoticeQueryKey(token),
    queryFn: () => getPortalNotice(token),
    // An unknown or expired link stays unknown: asking again only delays the answer.
    retry: (count, error) => !isApiError(error) && count < 2,
    refetchOnWindowFocus: false,
  });
}

export function useAcknowledgePortalNotice(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => acknowledgePortalNotice(token, name),
    onSuccess: (notice) => queryClient.setQueryData(portalNoticeQueryKey(token), notice),
  });
}
