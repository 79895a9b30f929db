import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateBreachBody } from '../../../shared/breaches/breach-types';
import { handOverBreach } from '../api/breach-owner-api';
import {
  type BreachListParams,
  breachQueryKey,
  breachesQueryKey,
  closeBreach,
  createBreach,
  getTimeline,
  timelineQueryKey,
} from '../../../shared/breaches/breaches-api';
import { breachListQuery, breachQuery } from '../api/breach-queries';

/** The register page by page; the page on screen stays while the next one loads. */
export function useBreaches(params: BreachListParams) {
  return useQuery({ ...breachListQuery(params), placeholderData: keepPreviousData });
}

export function useBreach(id: string) {
  return useQuery(breachQuery(id));
}

export function useTimeline(id: string) {
  return useQuery({ queryKey: timelineQueryKey(id), queryFn: () => getTimeline(id) });
}

export function useCreateBreach() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateBreachBody) => createBreach(body),
    onSuccess: async (breach) => {
      queryClient.setQueryData(breachQueryKey(breach.id), breach);
      await queryClient.invalidateQueries({ queryKey: breachesQueryKey });
      await queryClient.invalidateQueries({ queryKey: ['obligations'] });
    },
  });
}

export function useCloseBreach(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => closeBreach(id),
    onSuccess: async (breach) => {
      queryClient.setQueryData(breachQueryKey(id), breach);
      await queryClient.invalidateQueries({ queryKey: breachesQueryKey });
      await queryClient.invalidateQueries({ queryKey: ['obligations'] });
    },
  });
}

/** Hands the breach over (issue #18); the list, "my work" and the timeline show the new owner. */
export function useHandOverBreach(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ownerId: string) => handOverBreach(id, ownerId),
    onSuccess: async (breach) => {
      queryClient.setQueryData(breachQueryKey(id), breach);
      await queryClient.invalidateQueries({ queryKey: breachesQueryKey });
      await queryClient.invalidateQueries({ queryKey: ['my-work'] });
    },
  });
}
