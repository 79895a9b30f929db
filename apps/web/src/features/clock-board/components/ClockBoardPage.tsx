import { Anchor, Card, Group, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { memo, startTransition, useEffect, useMemo, useState } from 'react';
import { IconClockCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../i18n/format';
import { AwaitingApprovalCard } from '../../authority-notification/components/AwaitingApprovalCard';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { CountdownChip } from '../../breaches/components/CountdownChip';
import { byUrgency } from '../../breaches/deadline';
import { useLang } from '../../breaches/hooks/use-lang';
import { useCountdownNow } from '../../breaches/hooks/use-now';
import type { OpenObligation } from '../../breaches/api/breach-types';
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
  const obligations = useOpenObligations();
  const me = useCurrentUser();
  // Ordered when the list arrives (refreshed each minute): overdue first, then by deadline, an
  // order that time itself does not change between refreshes.
  const sorted = useMemo(() => {
    const now = Date.now();
    return [...(obligations.data ?? [])].sort((a, b) => byUrgency(a, b, now));
  }, [obligations.data]);
  const shown = useProgressiveCount(sorted.length);

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
          {sorted.slice(0, shown).map((o) => (
            <ClockBoardRow key={o.id} obligation={o} lang={lang} />
          ))}
        </Stack>
      )}
    </>
  );
}

/**
 * One deadline. Memoised, and only its countdown follows the clock (once a minute): a board of
 * 1,000 deadlines must not re-render 1,000 rows every second.
 */
const ClockBoardRow = memo(function ClockBoardRow({
  obligation: o,
  lang,
}: {
  obligation: OpenObligation;
  lang: 'nl' | 'en';
}) {
  const { t } = useTranslation();
  return (
    <Card component="li" p="md">
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
        <LiveCountdownChip obligation={o} label={t(`obligations.short.${o.kind}`)} />
      </Group>
    </Card>
  );
});

function LiveCountdownChip({ obligation, label }: { obligation: OpenObligation; label: string }) {
  const now = useCountdownNow(obligation.dueAt);
  return <CountdownChip label={label} obligation={obligation} now={now} />;
}

const FIRST_ROWS = 40;
const MORE_ROWS = 200;

/**
 * How many rows to render: the most urgent screenful at once, the rest in the following frames
 * as an interruptible transition, so a board of 1,000 deadlines shows its top within a frame or
 * two instead of after a second of rendering, and stays responsive meanwhile.
 */
function useProgressiveCount(total: number): number {
  const [shown, setShown] = useState(FIRST_ROWS);
  useEffect(() => {
    if (shown >= total) return;
    const frame = requestAnimationFrame(() => startTransition(() => setShown((n) => Math.min(total, n + MORE_ROWS))));
    return () => cancelAnimationFrame(frame);
  }, [shown, total]);
  return Math.min(shown, total);
}
