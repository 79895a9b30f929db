import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-error';
import { meQueryKey } from '../shared/session/auth-api';

/**
 * One QueryClient for the app. A 401 from any call means the session ended (expired,
 * revoked by an admin): forgetting the user makes the auth gate send them to /login.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onSessionLost(error) }),
    mutationCache: new MutationCache({ onError: (error) => onSessionLost(error) }),
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: true,
        retry: (failureCount, error) => !isApiError(error) && failureCount < 2,
      },
    },
  });

  function onSessionLost(error: unknown) {
    if (isApiError(error, 401) && client.getQueryData(meQueryKey)) {
      client.setQueryData(meQueryKey, null);
    }
  }

  return client;
}
