import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { logout, meQueryKey } from '../api/auth-api';

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

/** Ends the session; whatever the API answers, the local state is cleared. */
export function useLogout() {
  const signedOut = useSignedOutHere();
  return useMutation({ mutationFn: logout, onSettled: signedOut });
}
