import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchMe, meQueryKey } from './auth-api';

/** The current user (null when signed out): the query, also started beside the login page's code. */
export const meQuery = queryOptions({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 5 * 60_000, retry: 1 });

/** The current user (null when signed out). Shared by the gate, the shell and the pages. */
export function useMe() {
  return useQuery(meQuery);
}

/** The signed-in user inside the auth gate, where it is always present. */
export function useCurrentUser() {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser is only available inside <RequireAuth>');
  return data;
}
