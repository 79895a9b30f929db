import { useTranslation } from 'react-i18next';
import type { Language } from '../../api/types';
import { DEFAULT_LANGUAGE, isLanguage } from '../../i18n/i18n';

/** The UI language, re-rendering when it changes. */
export function useLang(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
}
