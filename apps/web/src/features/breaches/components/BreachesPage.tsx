import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyStateCard } from '../../layout/components/EmptyStateCard';
import { PageHeader } from '../../layout/components/PageHeader';

/** The breach register. */
export function BreachesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('breaches.title')} description={t('breaches.description')} />
      <EmptyStateCard
        icon={<IconShieldCheck size={28} aria-hidden="true" />}
        title={t('breaches.empty.title')}
        description={t('breaches.empty.description')}
      />
    </>
  );
}
