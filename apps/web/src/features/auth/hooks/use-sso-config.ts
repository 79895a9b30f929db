import { useQuery } from '@tanstack/react-query';
import { fetchSsoConfig, SSO_OFF, ssoConfigQueryKey } from '../../../shared/session/sso-api';

/** Whether the login page offers single sign-on and the password form; passwords only until known. */
export function useSsoConfig() {
  const query = useQuery({ queryKey: ssoConfigQueryKey, queryFn: fetchSsoConfig, staleTime: 10 * 60_000, retry: 1 });
  return { ...query, config: query.data ?? SSO_OFF };
}
