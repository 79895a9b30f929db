import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { calendarUrlQueryKey, fetchCalendarUrl, rotateCalendarUrl } from '../api/reports-api';

/** The personal calendar-feed link; fetched only when asked for (it issues one on first use). */
export function useCalendarUrl(enabled: boolean) {
  return useQuery({ queryKey: calendarUrlQueryKey, queryFn: fetchCalendarUrl, enabled, staleTime: Infinity });
}

export function useRotateCalendarUrl() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: rotateCalendarUrl,
    onSuccess: (data) => client.setQueryData(calendarUrlQueryKey, data),
  });
}
