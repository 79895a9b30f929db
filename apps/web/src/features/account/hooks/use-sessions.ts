import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSignedOutHere } from '../../../shared/session/use-logout';
import { endSession, fetchSessions, logoutEverywhere, type Session, sessionsQueryKey } from '../api/sessions-api';

export function useSessions(enabled = true) {
  return useQuery({ queryKey: sessionsQueryKey, queryFn: fetchSessions, enabled });
}

/** Ends one session; ending this one signs the user out here. */
export function useEndSession() {
  const queryClient = useQueryClient();
  const signedOut = useSignedOutHere();
  return useMutation({
    mutationFn: (session: Session) => endSession(session.id),
    onSuccess: async (_, session) => {
      if (session.current) await signedOut();
      else await queryClient.invalidateQueries({ queryKey: sessionsQueryKey });
    },
  });
}

export function useLogoutEverywhere() {
  const signedOut = useSignedOutHere();
  return useMutation({ mutationFn: logoutEverywhere, onSuccess: signedOut });
}
