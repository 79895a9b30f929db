import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { meQueryKey } from '../../../shared/session/auth-api';
import {
  changePassword,
  confirmMfaEnrolment,
  disableMfa,
  fetchMfaStatus,
  mfaQueryKey,
  regenerateRecoveryCodes,
  startMfaEnrolment,
} from '../api/mfa-api';
import { sessionsQueryKey } from '../api/sessions-api';

export function useMfaStatus() {
  return useQuery({ queryKey: mfaQueryKey, queryFn: fetchMfaStatus });
}

export function useStartMfaEnrolment() {
  return useMutation({ mutationFn: startMfaEnrolment });
}

/** Confirmed: the status changes, and a session limited to enrolment is a full one now. */
export function useConfirmMfaEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmMfaEnrolment,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: mfaQueryKey });
    },
  });
}

/** After the recovery codes were shown: refresh who I am (an enrolment-only session is lifted). */
export function useRefreshMe() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: meQueryKey });
}

export function useRegenerateRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: regenerateRecoveryCodes,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mfaQueryKey }),
  });
}

export function useDisableMfa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disableMfa,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mfaQueryKey }),
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsQueryKey }),
  });
}
