import { Anchor, Badge, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../i18n/format';
import type { ObligationKind } from '../../../shared/breaches/breach-types';
import { deadlineTone } from '../../../shared/deadlines/deadline';
import { useCountdownNow } from '../../../shared/deadlines/use-now';
import { basisOf } from '../../../shared/deadlines/basis';
import { BASIS_COLOR } from '../../../shared/deadlines/ObligationBasisLabel';
import type { ClockBoardObligation } from '../api/obligations-api';
import { isNotRequiredPending, type SortDirection, type SortKey } from '../board-model';
import { formatTimeLeft } from '../time-left';
import classes from './ClockBoardPage.module.css';

export type Lang = 'nl' | 'en';

/** One line of the board: a breach heading (grouped layout) or a duty. */
export type Line =
  | { type: 'group'; breachId: string; reference: string; title: string; count: number; overdue: number }
  | { type: 'row'; obligation: ClockBoardObligation };

const ROW = Table.classes.tr;
const CELL = Table.classes.td;
const HEAD_CELL = Table.classes.th;
/** What Table.Tr would set: row borders and hover, as the board's Table is configured. */
const ROW_ATTRS = { className: ROW, 'data-with-row-border': true, 'data-hover': true } as const;

/** "AP", the customer's name or "Betrokkenen". */
export function useWhoLabel() {
  const { t } = useTranslation();
  return useMemo(
    () => (o: { kind: ObligationKind; customerName?: string | null }) =>
      o.kind === 'customer'
        ? (o.customerName ?? t('clockBoardTable.unknownCustomer'))
        : t(`obligations.short.${o.kind}`),
    [t],
  );
}

export function SortableTh({
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

export function GroupRow({ line }: { line: Extract<Line, { type: 'group' }> }) {
  const { t } = useTranslation();
  return (
    <tr {...ROW_ATTRS} className={`${ROW} ${classes.group}`}>
      <th className={HEAD_CELL} colSpan={5} scope="rowgroup">
        <Anchor component={Link} to={`/breaches/${line.breachId}`} fw={700} size="sm">
          {line.reference}
        </Anchor>{' '}
        <span className={classes.groupTitle}>{line.title}</span>{' '}
        <span className={classes.dimmedXs}>{t('clockBoardTable.groupCount', { count: line.count })}</span>
        {line.overdue > 0 && (
          <Badge ml={8} color="red" size="xs" variant="filled">
            {t('clockBoardTable.groupOverdue', { count: line.overdue })}
          </Badge>
        )}
      </th>
    </tr>
  );
}

export function GroupItem({ line }: { line: Extract<Line, { type: 'group' }> }) {
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
 * 1,000 duties must not re-render 1,000 rows every second. Plain table elements with the Table's
 * own classes: a Mantine Table.Td resolves its style props on every render, and the first
 * screenful of rows must paint within 200 ms of the list arriving.
 */
export const DutyRow = memo(function DutyRow({
  obligation: o,
  lang,
  who,
  withBreach,
}: DutyProps & { withBreach: boolean }) {
  const { t } = useTranslation();
  return (
    // the flat layout is striped (the grouped one has its breach headings as stripes)
    <tr data-clock-row="" {...ROW_ATTRS} data-striped={withBreach ? 'odd' : undefined}>
      {withBreach && (
        <td className={CELL} style={{ minWidth: 200, maxWidth: 280 }}>
          <Anchor component={Link} to={`/breaches/${o.breachId}`} size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
            {o.reference}
          </Anchor>{' '}
          <span className={classes.breachTitle} title={o.title}>
            {o.title}
          </span>
        </td>
      )}
      <td className={CELL} style={{ fontWeight: 600 }}>
        {who(o)}
      </td>
      <td className={CELL}>
        {t(`clockBoardTable.kind.${o.kind}`)}
        {isNotRequiredPending(o) && (
          <Badge ml={6} size="xs" color="grape" variant="light">
            {t('clockBoardTable.notRequiredPending')}
          </Badge>
        )}
      </td>
      <td className={CELL}>
        <BasisText obligation={o} t={t} />
      </td>
      <td className={CELL} style={{ whiteSpace: 'nowrap' }}>
        {o.dueAt ? formatDateTime(o.dueAt, lang) : t('obligations.withoutUndueDelay')}
      </td>
      <td className={CELL} style={{ whiteSpace: 'nowrap' }}>
        <TimeLeftBadge obligation={o} lang={lang} />
      </td>
    </tr>
  );
});

export const PhoneRow = memo(function PhoneRow({ obligation: o, lang, who }: DutyProps) {
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
