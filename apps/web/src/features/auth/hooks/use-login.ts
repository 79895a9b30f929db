import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginBody } from '../../../api/types';
import { useApplyAccountLanguage } from '../../language/hooks/use-apply-account-language';
import { login, meQueryKey } from '../api/auth-api';

export function useLogin() {
  const queryClient = useQueryClient();
  const applyAccountLanguage = useApplyAccountLanguage();
  return useMutation({
    mutationFn: (body: LoginBody) => login(body),
    onSuccess: async (user) => {
      queryClient.removeQueries();
      queryClient.setQueryData(meQueryKey, user);
      await applyAccountLanguage(user.language);
    },
  });
}
