import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { meQueryKey } from '../../auth/api/auth-api';
import { endSession, fetchSessions, logoutEverywhere, type Session, sessionsQueryKey } from '../api/sessions-api';

export function useSessions() {
  return useQuery({ queryKey: sessionsQueryKey, queryFn: fetchSessions });
}

/** Signed out here too (this session, or everywhere): local state cleared, off to the login page. */
function useSignedOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    queryClient.removeQueries();
    queryClient.setQueryData(meQueryKey, null);
    await navigate('/login', { replace: true });
  };
}

export function useEndSession() {
  const queryClient = useQueryClient();
  const signedOut = useSignedOut();
  return useMutation({
    mutationFn: (session: Session) => endSession(session.id),
    onSuccess: async (_, session) => {
      if (session.current) await signedOut();
      else await queryClient.invalidateQueries({ queryKey: sessionsQueryKey });
    },
  });
}

export function useLogoutEverywhere() {
  const signedOut = useSignedOut();
  return useMutation({ mutationFn: logoutEverywhere, onSuccess: signedOut });
}
