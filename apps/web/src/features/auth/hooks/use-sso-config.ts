import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchSsoConfig, SSO_OFF, ssoConfigQueryKey } from '../../../shared/session/sso-api';

/** What the login page asks first (also started beside its code). */
export const ssoConfigQuery = queryOptions({
  queryKey: ssoConfigQueryKey,
  queryFn: fetchSsoConfig,
  staleTime: 10 * 60_000,
  retry: 1,
});

/** Whether the login page offers single sign-on and the password form; passwords only until known. */
export function useSsoConfig() {
  const query = useQuery(ssoConfigQuery);
  return { ...query, config: query.data ?? SSO_OFF };
}
