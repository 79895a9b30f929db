import { Card, Skeleton, Stack } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyStateCard } from '../../layout/components/EmptyStateCard';
import { LoadError } from '../../layout/components/LoadError';
import { PageHeader } from '../../layout/components/PageHeader';
import { useMailList } from '../hooks/use-mail';
import { MailDrawer } from './MailDrawer';
import { MailTable } from './MailTable';

/** The outbox and built-in mailbox (officer, admin). */
export function MailboxPage() {
  const { t } = useTranslation();
  const mail = useMailList();
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <>
      <PageHeader title={t('mail.title')} description={t('mail.description')} />
      {mail.isPending ? (
        <Stack gap="xs" aria-busy="true">
          <Skeleton height={40} />
          <Skeleton height={40} />
          <Skeleton height={40} />
        </Stack>
      ) : mail.isError ? (
        <LoadError title={t('mail.loadFailed')} onRetry={() => void mail.refetch()} retrying={mail.isFetching} />
      ) : mail.data.length === 0 ? (
        <EmptyStateCard
          icon={<IconMail size={28} aria-hidden="true" />}
          title={t('mail.empty.title')}
          description={t('mail.empty.description')}
        />
      ) : (
        <Card p={0}>
          <MailTable items={mail.data} onOpen={setOpenId} label={t('mail.title')} />
        </Card>
      )}
      <MailDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
