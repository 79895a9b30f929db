import { Anchor, Card, Group, Skeleton, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LoadError } from '../../../shared/ui/LoadError';
import { useMailList } from '../hooks/use-mail';
import { MailDrawer } from './MailDrawer';
import { MailTable } from './MailTable';

/** The mails sent about one breach (escalations, notices). */
export function BreachMailSection({ breachId }: { breachId: string }) {
  const { t } = useTranslation();
  const mail = useMailList(breachId);
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <Card component="section" aria-labelledby="breach-mail-title">
      <Group justify="space-between" align="baseline" mb="sm" gap="xs">
        <Title order={2} fz="lg" id="breach-mail-title">
          {t('mail.breachSection')}
        </Title>
        <Anchor component={Link} to={`/mail?breachId=${breachId}`} size="sm">
          {t('mail.openInMailbox')}
        </Anchor>
      </Group>
      {mail.isPending ? (
        <Skeleton height={60} aria-busy="true" />
      ) : mail.isError ? (
        <LoadError onRetry={() => void mail.refetch()} retrying={mail.isFetching} />
      ) : mail.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('mail.noneForBreach')}
        </Text>
      ) : (
        <MailTable items={mail.data} onOpen={setOpenId} compact labelledBy="breach-mail-title" />
      )}
      <MailDrawer id={openId} onClose={() => setOpenId(null)} />
    </Card>
  );
}
