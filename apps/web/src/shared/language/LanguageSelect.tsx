import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../api/types';

/** The language of a user's interface and e-mails. */
export function LanguageSelect(props: Omit<SelectProps, 'data'>) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('users.fields.language')}
      allowDeselect={false}
      data={LANGUAGES.map((language) => ({ value: language, label: t(`language.names.${language}`) }))}
      {...props}
    />
  );
}
