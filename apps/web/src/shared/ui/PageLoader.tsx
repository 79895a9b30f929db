import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Whole-page loading state while the session is checked. */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center h="100dvh" role="status" aria-live="polite">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}
