import { Anchor, Card, Group, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconClockCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../i18n/format';
import { AwaitingApprovalCard } from '../../authority-notification/components/AwaitingApprovalCard';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { CountdownChip } from '../../breaches/components/CountdownChip';
import { byUrgency } from '../../breaches/deadline';
import { useLang } from '../../breaches/hooks/use-lang';
import { useNow } from '../../breaches/hooks/use-now';
import { EmptyStateCard } from '../../layout/components/EmptyStateCard';
import { LoadError } from '../../layout/components/LoadError';
import { PageHeader } from '../../layout/components/PageHeader';
import { CalendarSubscription } from '../../reports/components/CalendarSubscription';
import { FailedMailAlert } from '../../mail/components/FailedMailAlert';
import { useOpenObligations } from '../hooks/use-open-obligations';

/** The clock board: every open notification deadline, overdue on top, then soonest first. */
export function ClockBoardPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const now = useNow();
  const obligations = useOpenObligations();
  const me = useCurrentUser();

  return (
    <>
      <PageHeader
        title={t('clockBoard.title')}
        description={t('clockBoard.description')}
        actions={<CalendarSubscription />}
      />
      <FailedMailAlert />
      {me.role === 'manager' && <AwaitingApprovalCard />}
      {obligations.isPending ? (
        <Stack gap="sm" aria-busy="true">
          <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} height={64} radius="md" />
          ))}
        </Stack>
      ) : obligations.isError ? (
        <LoadError onRetry={() => void obligations.refetch()} retrying={obligations.isFetching} />
      ) : obligations.data.length === 0 ? (
        <EmptyStateCard
          icon={<IconClockCheck size={28} aria-hidden="true" />}
          title={t('clockBoard.empty.title')}
          description={t('clockBoard.empty.description')}
        />
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('clockBoard.listLabel')}>
          {[...obligations.data]
            .sort((a, b) => byUrgency(a, b, now))
            .map((o) => (
              <Card key={o.id} component="li" p="md">
                <Group justify="space-between" gap="sm" wrap="wrap">
                  <Stack gap={2} style={{ minWidth: 0, flex: '1 1 220px' }}>
                    <Anchor component={Link} to={`/breaches/${o.breachId}`} fw={600}>
                      {o.reference} · {o.title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {t(`obligations.kind.${o.kind}`)} ·{' '}
                      {o.dueAt
                        ? t('obligations.dueAt', { time: formatDateTime(o.dueAt, lang) })
                        : t('obligations.withoutUndueDelay')}
                    </Text>
                  </Stack>
                  <CountdownChip label={t(`obligations.short.${o.kind}`)} obligation={o} now={now} />
                </Group>
              </Card>
            ))}
        </Stack>
      )}
    </>
  );
}
