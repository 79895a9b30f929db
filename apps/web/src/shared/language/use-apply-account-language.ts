import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../api/types';
import { storeLanguage } from '../../i18n/i18n';

/** Switches the UI to a language and remembers it on this device. */
export function useApplyAccountLanguage() {
  const { i18n } = useTranslation();
  return useCallback(
    async (language: Language) => {
      storeLanguage(language);
      if (i18n.language !== language) await i18n.changeLanguage(language);
    },
    [i18n],
  );
}
