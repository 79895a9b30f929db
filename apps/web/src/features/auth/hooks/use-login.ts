import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginBody } from '../../../api/types';
import { useApplyAccountLanguage } from '../../../shared/language/use-apply-account-language';
import { login, type LoginResponse, loginMfa, meQueryKey } from '../../../shared/session/auth-api';

/** Signed in: cached data of a previous user dropped, the new user known, their language applied. */
function useSignedIn() {
  const queryClient = useQueryClient();
  const applyAccountLanguage = useApplyAccountLanguage();
  return async (result: LoginResponse) => {
    if (!result.user) return; // the second step (code) is still due
    queryClient.removeQueries();
    queryClient.setQueryData(meQueryKey, {
      ...result.user,
      mfaEnrolmentRequired: result.mfaEnrolmentRequired ?? false,
    });
    await applyAccountLanguage(result.user.language);
  };
}

export function useLogin() {
  const signedIn = useSignedIn();
  return useMutation({ mutationFn: (body: LoginBody) => login(body), onSuccess: signedIn });
}

/** The second step of a login: a code from the authenticator app or a recovery code. */
export function useLoginMfa() {
  const signedIn = useSignedIn();
  return useMutation({ mutationFn: (code: string) => loginMfa(code), onSuccess: signedIn });
}
