import { Button } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from './use-document-title';
import { EmptyStateCard } from './EmptyStateCard';

export function ForbiddenPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('forbidden.title'));
  return (
    <EmptyStateCard
      icon={<IconLock size={28} aria-hidden="true" />}
      title={t('forbidden.title')}
      description={t('forbidden.description')}
    >
      <Button component={Link} to="/" variant="light">
        {t('common.toHome')}
      </Button>
    </EmptyStateCard>
  );
}
