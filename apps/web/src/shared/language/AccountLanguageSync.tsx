import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../api/types';
import { useApplyAccountLanguage } from './use-apply-account-language';

/** Signed in, the account's language wins (it may have been changed on another device). */
export function AccountLanguageSync({ language }: { language: Language }) {
  const { i18n } = useTranslation();
  const apply = useApplyAccountLanguage();
  useEffect(() => {
    if (i18n.language !== language) void apply(language);
  }, [apply, i18n.language, language]);
  return null;
}
