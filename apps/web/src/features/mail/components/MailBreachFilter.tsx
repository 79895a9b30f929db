import { useTranslation } from 'react-i18next';
import { BreachFilter } from '../../../shared/breaches/BreachFilter';

interface Props {
  value: string | null;
  onChange: (breachId: string | null) => void;
  /** Officers search the register; others (admins) may not read it and only see and clear a given filter. */
  canSearchBreaches: boolean;
}

/** The breach a message is about: searched in the register by reference or title. */
export function MailBreachFilter(props: Props) {
  const { t } = useTranslation();
  return (
    <BreachFilter
      {...props}
      texts={{
        label: t('mail.filters.breach'),
        placeholder: t('mail.filters.breachPlaceholder'),
        searchFailed: t('mail.filters.breachSearchFailed'),
        noneFound: t('mail.filters.noBreachFound'),
        clear: t('mail.filters.clearBreach'),
        oneBreach: t('mail.filters.oneBreach'),
      }}
    />
  );
}
