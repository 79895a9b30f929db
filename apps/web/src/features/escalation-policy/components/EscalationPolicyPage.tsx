import { IconStairsUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyStateCard } from '../../layout/components/EmptyStateCard';
import { PageHeader } from '../../layout/components/PageHeader';

export function EscalationPolicyPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('escalationPolicy.title')} description={t('escalationPolicy.description')} />
      <EmptyStateCard
        icon={<IconStairsUp size={28} aria-hidden="true" />}
        title={t('escalationPolicy.empty.title')}
        description={t('escalationPolicy.empty.description')}
      />
    </>
  );
}
