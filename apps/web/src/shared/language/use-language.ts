import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, User } from '../../api/types';
import { currentLanguage } from '../../i18n/i18n';
import { meQueryKey } from '../session/auth-api';
import { updateMyLanguage } from './language-api';
import { useApplyAccountLanguage } from './use-apply-account-language';

/**
 * The UI language and a setter. Signed in, the choice is also saved on the account
 * (PATCH /api/users/me), so it follows the user to other devices.
 */
export function useLanguage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const apply = useApplyAccountLanguage();

  const setLanguage = useCallback(
    async (language: Language) => {
      const me = queryClient.getQueryData<User | null>(meQueryKey);
      await apply(language);
      if (!me || me.language === language) return;
      const optimistic: User = { ...me, language };
      queryClient.setQueryData<User | null>(meQueryKey, optimistic);
      try {
        queryClient.setQueryData(meQueryKey, await updateMyLanguage(language));
      } catch {
        queryClient.setQueryData<User | null>(meQueryKey, me);
        await apply(me.language);
        notifications.show({ color: 'red', title: t('language.saveFailed'), message: t('errors.tryAgain') });
      }
    },
    [apply, queryClient, t],
  );

  return { language: currentLanguage(), setLanguage };
}
