import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { logout, meQueryKey } from '../api/auth-api';

/** Ends the session; whatever the API answers, the local state is cleared. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    onSettled: async () => {
      queryClient.removeQueries();
      queryClient.setQueryData(meQueryKey, null);
      await navigate('/login', { replace: true });
    },
  });
}
