import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../../api/client';
import type { components } from '../../../../api/schema.generated';
import type { Breach } from '../../../../shared/breaches/breach-types';
import { breachQueryKey, breachesQueryKey, timelineQueryKey } from '../../../../shared/breaches/breaches-api';

/** What PATCH /api/breaches/:id accepts; each edit section sends only the fields it changed. */
export type UpdateBreachBody = components['schemas']['UpdateBreachDto'];

async function updateBreach(id: string, body: UpdateBreachBody): Promise<Breach> {
  return dataOf(await api.PATCH('/api/breaches/{id}', { params: { path: { id } }, body })) as Breach;
}

/** Saves a section; the breach, its timeline, the list and the deadlines (discovery moves them) refresh. */
export function useUpdateBreach(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateBreachBody) => updateBreach(id, body),
    onSuccess: async (breach) => {
      queryClient.setQueryData(breachQueryKey(id), breach);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: breachQueryKey(id) }),
        queryClient.invalidateQueries({ queryKey: timelineQueryKey(id) }),
        queryClient.invalidateQueries({ queryKey: breachesQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['obligations'] }),
      ]);
    },
  });
}
