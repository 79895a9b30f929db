import { IconBuilding } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyStateCard } from '../../layout/components/EmptyStateCard';
import { PageHeader } from '../../layout/components/PageHeader';

export function CustomersPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('customers.title')} description={t('customers.description')} />
      <EmptyStateCard
        icon={<IconBuilding size={28} aria-hidden="true" />}
        title={t('customers.empty.title')}
        description={t('customers.empty.description')}
      />
    </>
  );
}
