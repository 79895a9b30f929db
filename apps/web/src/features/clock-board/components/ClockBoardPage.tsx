import { IconClockCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyStateCard } from '../../layout/components/EmptyStateCard';
import { PageHeader } from '../../layout/components/PageHeader';

/** The clock board: every open notification deadline, soonest first. */
export function ClockBoardPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('clockBoard.title')} description={t('clockBoard.description')} />
      <EmptyStateCard
        icon={<IconClockCheck size={28} aria-hidden="true" />}
        title={t('clockBoard.empty.title')}
        description={t('clockBoard.empty.description')}
      />
    </>
  );
}
