import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../i18n/i18n';
import { useLanguage } from './use-language';

interface LanguageSwitchProps {
  size?: 'xs' | 'sm';
}

/** NL | EN toggle; a radio group for assistive technology. */
export function LanguageSwitch({ size = 'xs' }: LanguageSwitchProps) {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <SegmentedControl
      size={size}
      aria-label={t('language.label')}
      value={language}
      onChange={(value) => {
        if (isLanguage(value)) void setLanguage(value);
      }}
      data={[
        { value: 'nl', label: <LanguageLabel code="NL" name="Nederlands" lang="nl" /> },
        { value: 'en', label: <LanguageLabel code="EN" name="English" lang="en" /> },
      ]}
    />
  );
}

/** Shows the short code; screen readers hear the language's own name. */
function LanguageLabel({ code, name, lang }: { code: string; name: string; lang: string }) {
  return (
    <>
      <span aria-hidden="true">{code}</span>
      <VisuallyHidden lang={lang}>{name}</VisuallyHidden>
    </>
  );
}
