import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createWebhook,
  deleteWebhook,
  deliveriesQueryKey,
  listDeliveries,
  listWebhooks,
  rotateWebhookSecret,
  testWebhook,
  updateWebhook,
  webhooksQueryKey,
  type WebhookInput,
} from '../api/webhooks-api';

export function useWebhooks() {
  return useQuery({ queryKey: webhooksQueryKey, queryFn: listWebhooks });
}

/** The delivery log; refreshed every 2 s while something is still on its way. */
export function useDeliveries(id: string, page: number) {
  return useQuery({
    queryKey: deliveriesQueryKey(id, page),
    queryFn: () => listDeliveries(id, page),
    refetchInterval: (q) =>
      q.state.data?.items.some((d) => d.status === 'queued' || d.status === 'sending') ? 2000 : false,
  });
}

export function useWebhookMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: webhooksQueryKey });
  return {
    create: useMutation({ mutationFn: (input: WebhookInput) => createWebhook(input), onSuccess: refresh }),
    update: useMutation({
      mutationFn: ({ id, patch }: { id: string; patch: Parameters<typeof updateWebhook>[1] }) =>
        updateWebhook(id, patch),
      onSuccess: refresh,
    }),
    remove: useMutation({ mutationFn: deleteWebhook, onSuccess: refresh }),
    test: useMutation({ mutationFn: testWebhook, onSuccess: refresh }),
    rotate: useMutation({ mutationFn: rotateWebhookSecret }),
  };
}
