import { IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyStateCard } from '../../layout/components/EmptyStateCard';
import { PageHeader } from '../../layout/components/PageHeader';

export function ReportsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('reports.title')} description={t('reports.description')} />
      <EmptyStateCard
        icon={<IconChartBar size={28} aria-hidden="true" />}
        title={t('reports.empty.title')}
        description={t('reports.empty.description')}
      />
    </>
  );
}
