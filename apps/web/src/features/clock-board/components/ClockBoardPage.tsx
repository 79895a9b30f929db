import { Button, Card, Group, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconClockCheck } from '@tabler/icons-react';
import { startTransition, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { prepareDateFormat } from '../../../i18n/format';
import { useCurrentUser } from '../../../shared/session/use-me';
import { useLang } from '../../../shared/language/use-lang';
import { EmptyStateCard } from '../../../shared/ui/EmptyStateCard';
import { LoadError } from '../../../shared/ui/LoadError';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { MailDeliveryAlert } from '../../../shared/mail/MailDeliveryAlert';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import {
  type BoardFilters,
  boardParams,
  groupByBreach,
  loadedRows,
  NO_FILTERS,
  type SortDirection,
  type SortKey,
} from '../board-model';
import { useClockBoard } from '../hooks/use-open-obligations';
import { AwaitingApprovalCard, CalendarSubscription, FailedMailAlert, OverdueTasksCard } from './BoardCards';
import { BoardToolbar, type Layout } from './BoardToolbar';
import { DutyRow, GroupItem, GroupRow, type Line, PhoneRow, SortableTh, useWhoLabel } from './ClockBoardRows';

/**
 * The clock board: every open duty in a dense table, grouped by breach (most urgent breach
 * first) or flat and sortable, naming whom each duty is owed to, what it rests on (the statutory
 * AP duty beside a customer's contractual one) and how long is left or how late it is; filters
 * for kind, overdue, customer and "not required" decisions waiting for a manager. On a phone the
 * same lines are stacked rows.
 */
export function ClockBoardPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <>
      <PageHeader
        title={t('clockBoard.title')}
        description={t('clockBoard.description')}
        actions={<CalendarSubscription />}
      />
      <MailDeliveryAlert />
      <FailedMailAlert />
      {me.role === 'manager' && <AwaitingApprovalCard />}
      {(me.role === 'officer' || me.role === 'manager') && <OverdueTasksCard />}
      <DutyBoard />
    </>
  );
}

type Sort = { key: SortKey; direction: SortDirection };

/**
 * The board itself, apart from the page header and alerts so that the list arriving (and its
 * refresh each minute) re-renders only the board.
 */
function DutyBoard() {
  const { t } = useTranslation();
  const lang = useLang();
  const phone = useIsPhone();
  const [layout, setLayout] = useState<Layout>('grouped');
  const [filters, setFilters] = useState<BoardFilters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>({ key: 'due', direction: 'asc' });
  // Issue #19: the server filters, sorts and pages; the board holds the pages loaded so far.
  const board = useClockBoard(boardParams(filters, layout, sort, lang));
  const who = useWhoLabel();
  useEffect(() => prepareDateFormat(lang), [lang]);

  const pages = board.data?.pages;
  const first = pages?.[0];
  const summary = first?.summary;
  const customerNames = summary?.customers.map((c) => c.name).join('\n') ?? '';
  const customers = useDeferredValue(useMemo(() => (customerNames ? customerNames.split('\n') : []), [customerNames]));
  const loaded = useMemo(() => loadedRows(pages ?? []), [pages]);
  // Built when a page arrives or the layout changes (the pages refresh each minute): the
  // overdue/not-overdue split of a group is the server's, judged at that moment.
  const lines = useMemo((): Line[] => {
    if (layout === 'flat') return loaded.rows.map((o) => ({ type: 'row', obligation: o }));
    return groupByBreach(loaded.rows, Date.now(), loaded.counts).flatMap((g): Line[] => [
      {
        type: 'group',
        breachId: g.breachId,
        reference: g.reference,
        title: g.title,
        count: g.count,
        overdue: g.overdue,
      },
      ...g.rows.map((o): Line => ({ type: 'row', obligation: o })),
    ]);
  }, [loaded, layout]);
  const count = useProgressiveCount(lines.length);
  const rowCount = loaded.rows.length;

  const setFilter = useCallback((next: Partial<BoardFilters>) => setFilters((f) => ({ ...f, ...next })), []);
  const toggleSort = (key: SortKey) =>
    setSort((s) => ({ key, direction: s.key === key && s.direction === 'asc' ? 'desc' : 'asc' }));

  if (board.isError && !board.data)
    return <LoadError onRetry={() => void board.refetch()} retrying={board.isFetching} />;
  if (summary && summary.open === 0)
    return (
      <EmptyStateCard
        icon={<IconClockCheck size={28} aria-hidden="true" />}
        title={t('clockBoard.empty.title')}
        description={t('clockBoard.empty.description')}
      />
    );
  return (
    <Stack gap="sm">
      {/* The filters are on screen while the list loads: when it arrives only the rows are new,
          so the first screenful of duties appears without waiting for the toolbar's layout. */}
      <BoardToolbar layout={layout} onLayout={setLayout} filters={filters} onFilter={setFilter} customers={customers} />
      {!first || !summary ? (
        <Stack gap="sm" aria-busy="true">
          <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} height={32} radius="sm" />
          ))}
        </Stack>
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status" aria-busy={board.isPlaceholderData}>
            {t(first.totalExact ? 'clockBoardTable.count' : 'clockBoardTable.countAtLeast', {
              count: first.total,
              total: summary.open,
            })}
            {' · '}
            {t('clockBoardTable.summary', {
              overdue: summary.overdue,
              soon: summary.dueWithin24h,
              pending: summary.notRequiredPending,
            })}
          </Text>
          {rowCount === 0 && !board.isPlaceholderData ? (
            <Text size="sm">{t('clockBoardTable.noMatch')}</Text>
          ) : phone ? (
            <Stack
              gap={0}
              component="ul"
              p={0}
              m={0}
              style={{ listStyle: 'none', opacity: board.isPlaceholderData ? 0.6 : undefined }}
              aria-label={t('clockBoard.listLabel')}
            >
              {lines
                .slice(0, count)
                .map((line) =>
                  line.type === 'group' ? (
                    <GroupItem key={`g-${line.breachId}`} line={line} />
                  ) : (
                    <PhoneRow key={line.obligation.id} obligation={line.obligation} lang={lang} who={who} />
                  ),
                )}
            </Stack>
          ) : (
            <Card p={0} withBorder style={{ opacity: board.isPlaceholderData ? 0.6 : undefined }}>
              {/* a native scroll container: Mantine's ScrollArea costs a second layout pass */}
              <Table.ScrollContainer minWidth={720} type="native">
                <Table
                  striped={layout === 'flat'}
                  highlightOnHover
                  verticalSpacing={4}
                  horizontalSpacing={layout === 'flat' ? 'xs' : 'sm'}
                  fz="sm"
                  aria-label={t('clockBoard.listLabel')}
                >
                  <Table.Thead>
                    <Table.Tr>
                      {layout === 'flat' && (
                        <SortableTh
                          label={t('clockBoardTable.columns.breach')}
                          k="breach"
                          sort={sort}
                          onSort={toggleSort}
                        />
                      )}
                      <SortableTh
                        label={t('clockBoardTable.columns.who')}
                        k="who"
                        sort={sort}
                        onSort={toggleSort}
                        sortable={layout === 'flat'}
                      />
                      <SortableTh
                        label={t('clockBoardTable.columns.kind')}
                        k="kind"
                        sort={sort}
                        onSort={toggleSort}
                        sortable={layout === 'flat'}
                      />
                      <Table.Th>{t('clockBoardTable.columns.basis')}</Table.Th>
                      <SortableTh
                        label={t('clockBoardTable.columns.due')}
                        k="due"
                        sort={sort}
                        onSort={toggleSort}
                        sortable={layout === 'flat'}
                      />
                      <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('clockBoardTable.columns.timeLeft')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {lines
                      .slice(0, count)
                      .map((line) =>
                        line.type === 'group' ? (
                          <GroupRow key={`g-${line.breachId}`} line={line} />
                        ) : (
                          <DutyRow
                            key={line.obligation.id}
                            obligation={line.obligation}
                            lang={lang}
                            who={who}
                            withBreach={layout === 'flat'}
                          />
                        ),
                      )}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Card>
          )}
          {rowCount > 0 && board.hasNextPage && (
            <Group justify="center" gap="sm">
              <Text size="xs" c="dimmed">
                {t('clockBoardTable.shown', { count: rowCount, total: first.total })}
              </Text>
              <Button
                size="xs"
                variant="default"
                loading={board.isFetchingNextPage}
                onClick={() => void board.fetchNextPage()}
              >
                {t('clockBoardTable.loadMore')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}

const FIRST_LINES = 30;
const MORE_LINES = 200;

/**
 * How many lines to render: the most urgent screenful at once, the rest in the following frames
 * as an interruptible transition, so a board of 1,000 duties shows its top within a frame or two
 * instead of after a second of rendering, and stays responsive meanwhile.
 */
function useProgressiveCount(total: number): number {
  const [shown, setShown] = useState(FIRST_LINES);
  useEffect(() => {
    if (shown >= total) return;
    const frame = requestAnimationFrame(() => startTransition(() => setShown((n) => Math.min(total, n + MORE_LINES))));
    return () => cancelAnimationFrame(frame);
  }, [shown, total]);
  return Math.min(shown, total);
}
