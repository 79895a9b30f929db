import {
  Anchor,
  Badge,
  Card,
  Checkbox,
  Group,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconClockCheck, IconSelector } from '@tabler/icons-react';
import { memo, startTransition, useEffect, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../i18n/format';
import { AwaitingApprovalCard } from '../../authority-notification/components/AwaitingApprovalCard';
import { useCurrentUser } from '../../auth/hooks/use-me';
import type { ObligationKind } from '../../breaches/api/breach-types';
import { OBLIGATION_KINDS } from '../../breaches/api/breach-types';
import { deadlineTone } from '../../breaches/deadline';
import { useLang } from '../../breaches/hooks/use-lang';
import { useCountdownNow } from '../../breaches/hooks/use-now';
import { EmptyStateCard } from '../../layout/components/EmptyStateCard';
import { LoadError } from '../../layout/components/LoadError';
import { PageHeader } from '../../layout/components/PageHeader';
import { basisOf } from '../../obligations/basis';
import { BASIS_COLOR } from '../../obligations/components/ObligationBasisLabel';
import { FailedMailAlert } from '../../mail/components/FailedMailAlert';
import { MailDeliveryAlert } from '../../mail/components/MailDeliveryAlert';
import { CalendarSubscription } from '../../reports/components/CalendarSubscription';
import { useIsPhone } from '../../users/hooks/use-is-phone';
import {
  type BoardFilters,
  customersOf,
  filterBoard,
  groupByBreach,
  isNotRequiredPending,
  NO_FILTERS,
  type SortDirection,
  type SortKey,
  sortFlat,
} from '../board-model';
import type { ClockBoardObligation } from '../api/obligations-api';
import { useOpenObligations } from '../hooks/use-open-obligations';
import { formatTimeLeft } from '../time-left';

type Lang = 'nl' | 'en';
type Layout = 'grouped' | 'flat';

/** One line of the board: a breach heading (grouped layout) or a duty. */
type Line =
  | { type: 'group'; breachId: string; reference: string; title: string; count: number; overdue: number }
  | { type: 'row'; obligation: ClockBoardObligation };

/**
 * The clock board: every open duty in a dense table, grouped by breach (most urgent breach
 * first) or flat and sortable, naming whom each duty is owed to, what it rests on (the statutory
 * AP duty beside a customer's contractual one) and how long is left or how late it is; filters
 * for kind, overdue, customer and "not required" decisions waiting for a manager. On a phone the
 * same lines are stacked rows.
 */
export function ClockBoardPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const obligations = useOpenObligations();
  const me = useCurrentUser();
  const phone = useIsPhone();
  const [layout, setLayout] = useState<Layout>('grouped');
  const [filters, setFilters] = useState<BoardFilters>(NO_FILTERS);
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'due', direction: 'asc' });
  const who = useWhoLabel();

  const all = obligations.data;
  const customers = useMemo(() => customersOf(all ?? []), [all]);
  // Built when the list, the filters or the order change (the list refreshes each minute): the
  // overdue/not-overdue split is judged at that moment, which is what the filters show.
  const lines = useMemo((): Line[] => {
    if (!all) return [];
    const now = Date.now();
    const shown = filterBoard(all, filters, now);
    if (layout === 'flat')
      return sortFlat(shown, sort.key, sort.direction, who).map((o) => ({ type: 'row', obligation: o }));
    return groupByBreach(shown, now).flatMap((g): Line[] => [
      {
        type: 'group',
        breachId: g.breachId,
        reference: g.reference,
        title: g.title,
        count: g.rows.length,
        overdue: g.overdue,
      },
      ...g.rows.map((o): Line => ({ type: 'row', obligation: o })),
    ]);
  }, [all, filters, layout, sort, who]);
  const count = useProgressiveCount(lines.length);
  const rowCount = useMemo(() => lines.filter((l) => l.type === 'row').length, [lines]);

  const setFilter = (next: Partial<BoardFilters>) => setFilters((f) => ({ ...f, ...next }));
  const toggleSort = (key: SortKey) =>
    setSort((s) => ({ key, direction: s.key === key && s.direction === 'asc' ? 'desc' : 'asc' }));

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
      {obligations.isPending ? (
        <Stack gap="sm" aria-busy="true">
          <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} height={32} radius="sm" />
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
        <Stack gap="sm">
          <Card p="sm" component="section" aria-label={t('clockBoardTable.filters.label')}>
            <Group gap="sm" align="flex-end" wrap="wrap">
              <SegmentedControl
                size="xs"
                aria-label={t('clockBoardTable.layout.label')}
                value={layout}
                onChange={(v) => setLayout(v as Layout)}
                data={[
                  { value: 'grouped', label: t('clockBoardTable.layout.grouped') },
                  { value: 'flat', label: t('clockBoardTable.layout.flat') },
                ]}
              />
              <Select
                size="xs"
                w={190}
                label={t('clockBoardTable.filters.kind')}
                value={filters.kind}
                allowDeselect={false}
                onChange={(v) => setFilter({ kind: (v ?? 'all') as ObligationKind | 'all' })}
                data={[
                  { value: 'all', label: t('clockBoardTable.filters.allKinds') },
                  ...OBLIGATION_KINDS.map((k) => ({ value: k, label: t(`clockBoardTable.kind.${k}`) })),
                ]}
              />
              <Select
                size="xs"
                w={220}
                label={t('clockBoardTable.filters.customer')}
                placeholder={t('clockBoardTable.filters.allCustomers')}
                value={filters.customer}
                onChange={(v) => setFilter({ customer: v })}
                data={customers}
                searchable
                clearable
                nothingFoundMessage={t('clockBoardTable.filters.noCustomer')}
              />
              <Checkbox
                size="xs"
                label={t('clockBoardTable.filters.overdue')}
                checked={filters.overdueOnly}
                onChange={(e) => setFilter({ overdueOnly: e.currentTarget.checked })}
              />
              <Checkbox
                size="xs"
                label={t('clockBoardTable.filters.notRequiredPending')}
                checked={filters.notRequiredPendingOnly}
                onChange={(e) => setFilter({ notRequiredPendingOnly: e.currentTarget.checked })}
              />
            </Group>
          </Card>
          <Text size="sm" c="dimmed" role="status">
            {t('clockBoardTable.count', { count: rowCount, total: obligations.data.length })}
          </Text>
          {rowCount === 0 ? (
            <Text size="sm">{t('clockBoardTable.noMatch')}</Text>
          ) : phone ? (
            <Stack
              gap={0}
              component="ul"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
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
            <Card p={0} withBorder>
              <Table.ScrollContainer minWidth={720}>
                <Table
                  striped={layout === 'flat'}
                  highlightOnHover
                  verticalSpacing={4}
                  horizontalSpacing="sm"
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
        </Stack>
      )}
    </>
  );
}

/** "AP", the customer's name or "Betrokkenen". */
function useWhoLabel() {
  const { t } = useTranslation();
  return useMemo(
    () => (o: { kind: ObligationKind; customerName?: string | null }) =>
      o.kind === 'customer'
        ? (o.customerName ?? t('clockBoardTable.unknownCustomer'))
        : t(`obligations.short.${o.kind}`),
    [t],
  );
}

function SortableTh({
  label,
  k,
  sort,
  onSort,
  sortable = true,
}: {
  label: string;
  k: SortKey;
  sort: { key: SortKey; direction: SortDirection };
  onSort: (k: SortKey) => void;
  sortable?: boolean;
}) {
  const { t } = useTranslation();
  if (!sortable) return <Table.Th>{label}</Table.Th>;
  const active = sort.key === k;
  const Icon = !active ? IconSelector : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton
        onClick={() => onSort(k)}
        fw={700}
        fz="sm"
        aria-label={t('clockBoardTable.sortBy', { column: label })}
      >
        <Group gap={4} wrap="nowrap">
          {label}
          <Icon size={14} aria-hidden="true" />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

function GroupRow({ line }: { line: Extract<Line, { type: 'group' }> }) {
  const { t } = useTranslation();
  return (
    <Table.Tr bg="var(--mantine-color-gray-1)">
      <Table.Th colSpan={5} scope="rowgroup">
        <Group gap="xs" wrap="nowrap">
          <Anchor component={Link} to={`/breaches/${line.breachId}`} fw={700} size="sm">
            {line.reference}
          </Anchor>
          <Text size="sm" fw={600} truncate>
            {line.title}
          </Text>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('clockBoardTable.groupCount', { count: line.count })}
          </Text>
          {line.overdue > 0 && (
            <Badge color="red" size="xs" variant="filled">
              {t('clockBoardTable.groupOverdue', { count: line.overdue })}
            </Badge>
          )}
        </Group>
      </Table.Th>
    </Table.Tr>
  );
}

function GroupItem({ line }: { line: Extract<Line, { type: 'group' }> }) {
  const { t } = useTranslation();
  return (
    <li style={{ padding: '10px 4px 4px', borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Group gap={6} wrap="wrap">
        <Anchor component={Link} to={`/breaches/${line.breachId}`} fw={700} size="sm">
          {line.reference}
        </Anchor>
        <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
          {line.title}
        </Text>
        {line.overdue > 0 && (
          <Badge color="red" size="xs" variant="filled">
            {t('clockBoardTable.groupOverdue', { count: line.overdue })}
          </Badge>
        )}
      </Group>
    </li>
  );
}

interface DutyProps {
  obligation: ClockBoardObligation;
  lang: Lang;
  who: (o: ClockBoardObligation) => string;
}

/**
 * One duty. Memoised, and only its time-left cell follows the clock (once a minute): a board of
 * 1,000 duties must not re-render 1,000 rows every second.
 */
const DutyRow = memo(function DutyRow({ obligation: o, lang, who, withBreach }: DutyProps & { withBreach: boolean }) {
  const { t } = useTranslation();
  return (
    <Table.Tr data-clock-row="">
      {withBreach && (
        <Table.Td style={{ maxWidth: 280 }}>
          <Anchor component={Link} to={`/breaches/${o.breachId}`} size="sm" fw={600}>
            {o.reference}
          </Anchor>{' '}
          <Text span size="sm" c="dimmed" truncate>
            {o.title}
          </Text>
        </Table.Td>
      )}
      <Table.Td fw={600}>{who(o)}</Table.Td>
      <Table.Td>
        {t(`clockBoardTable.kind.${o.kind}`)}
        {isNotRequiredPending(o) && (
          <Badge ml={6} size="xs" color="grape" variant="light">
            {t('clockBoardTable.notRequiredPending')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <BasisText obligation={o} t={t} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {o.dueAt ? formatDateTime(o.dueAt, lang) : t('obligations.withoutUndueDelay')}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <TimeLeftBadge obligation={o} lang={lang} />
      </Table.Td>
    </Table.Tr>
  );
});

const PhoneRow = memo(function PhoneRow({ obligation: o, lang, who }: DutyProps) {
  const { t } = useTranslation();
  return (
    <li
      data-clock-row=""
      style={{ padding: '6px 4px 6px 12px', borderBottom: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Group justify="space-between" gap={6} wrap="nowrap" align="flex-start">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {who(o)}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`clockBoardTable.kind.${o.kind}`)} ·{' '}
            {o.dueAt ? formatDateTime(o.dueAt, lang) : t('obligations.withoutUndueDelay')}
          </Text>
          <BasisText obligation={o} t={t} />
          {isNotRequiredPending(o) && (
            <Badge size="xs" color="grape" variant="light" mt={2}>
              {t('clockBoardTable.notRequiredPending')}
            </Badge>
          )}
        </Stack>
        <TimeLeftBadge obligation={o} lang={lang} />
      </Group>
    </li>
  );
});

/**
 * What the duty rests on ("Wettelijk · AVG art. 33", "Contractueel · verwerkersovereenkomst",
 * "Afspraak · 48 uur"), written with the row's own `t`: no hook per row.
 */
function BasisText({ obligation, t }: { obligation: ClockBoardObligation; t: TFunction }) {
  const basis = basisOf(obligation);
  return (
    <Text span size="xs" c={BASIS_COLOR[basis.kind]} fw={500} data-basis={basis.kind} style={{ whiteSpace: 'nowrap' }}>
      {t(basis.key, basis.params)}
    </Text>
  );
}

/**
 * "nog 5 u 12 min" / "3 d 4 u te laat", coloured by time left (grey while a "not required"
 * decision is pending); follows the clock per minute.
 */
function TimeLeftBadge({ obligation, lang }: { obligation: ClockBoardObligation; lang: Lang }) {
  const { t } = useTranslation();
  const now = useCountdownNow(obligation.dueAt);
  if (!obligation.dueAt) {
    return (
      <Text span size="sm" c="dimmed" aria-label={t('clockBoardTable.noDeadline')}>
        —
      </Text>
    );
  }
  // Assessed not required: the time is shown, but as a decision to confirm, not an alarm.
  const tone = obligation.required === false ? 'gray' : deadlineTone(obligation, now);
  return (
    <Badge
      color={tone}
      variant={tone === 'red' ? 'filled' : 'light'}
      radius="sm"
      tt="none"
      fw={600}
      style={{ fontVariantNumeric: 'tabular-nums', overflow: 'visible' }}
      styles={{ label: { overflow: 'visible', textOverflow: 'clip' } }}
    >
      {formatTimeLeft(Date.parse(obligation.dueAt), now, lang)}
    </Badge>
  );
}

const FIRST_LINES = 40;
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
