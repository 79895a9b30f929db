import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { logout, meQueryKey } from './auth-api';
import { fetchSsoConfig, SSO_OFF, type SsoConfig, ssoConfigQueryKey, ssoLogout } from './sso-api';

/** Signed out in this browser: cached data dropped, the user unknown, off to the login page. */
export function useSignedOutHere() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    queryClient.removeQueries();
    queryClient.setQueryData(meQueryKey, null);
    await navigate('/login', { replace: true });
  };
}

/**
 * Ends the session; whatever the API answers, the local state is cleared. With single sign-on on,
 * the provider's session ends too: the browser goes to its sign-out page, which comes back to /login.
 */
export function useLogout() {
  const signedOut = useSignedOutHere();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const sso =
        queryClient.getQueryData<SsoConfig>(ssoConfigQueryKey) ?? (await fetchSsoConfig().catch(() => SSO_OFF));
      if (!sso.enabled) return logout();
      const providerLogout = await ssoLogout();
      if (providerLogout) window.location.assign(providerLogout);
    },
    onSettled: signedOut,
  });
}
