import {
  Anchor,
  Box,
  Button,
  Card,
  Group,
  SegmentedControl,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  useMantineTheme,
  VisuallyHidden,
  em,
  px,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import {
  IconChevronLeft,
  IconChevronRight,
  IconDownload,
  IconPlus,
  IconSearch,
  IconShieldCheck,
} from '@tabler/icons-react';
import { memo, useDeferredValue, useEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { formatDateTime } from '../../../i18n/format';
import { usePreloadOnIntent } from '../../../shared/navigation/route-preload';
import { useCurrentUser } from '../../../shared/session/use-me';
import { EmptyStateCard } from '../../../shared/ui/EmptyStateCard';
import { LoadError } from '../../../shared/ui/LoadError';
import { PageHeader } from '../../../shared/ui/PageHeader';
import type { BreachList, BreachOwner, BreachSummary } from '../../../shared/breaches/breach-types';
import { REGISTER_CSV_URL } from '../../../shared/breaches/breaches-api';
import { useBreaches } from '../hooks/use-breaches';
import { useLang } from '../../../shared/language/use-lang';
import { BREACH_PAGE_SIZE, breachListViewOf, withTrail } from '../list-view';
import { rememberListSearch } from '../list-return';
import classes from './BreachesPage.module.css';
import { ObligationChips } from '../../../shared/deadlines/ObligationChips';

/** The breach register (GDPR art. 33(5)): search, filter, page, live deadlines. */
export function BreachesPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const { params: query, trail } = breachListViewOf(params, me.role);
  const { q, status, owner } = query;
  const [search, setSearch] = useState(q);
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const listTop = useRef<HTMLDivElement>(null);

  /** A filter changed: back to the first page, in place (no history entry per keystroke). */
  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = withTrail(current, []);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );

  /** "Vorige" / "Volgende": a history entry each, so the browser's back and forward page too. */
  const goTo = (nextTrail: readonly string[]) => {
    setParams((current) => withTrail(current, nextTrail));
    listTop.current?.scrollIntoView?.({ block: 'start' });
  };

  useEffect(() => {
    if (q !== debounced) update({ q: debounced });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  // "Terug naar datalekken" on a breach returns to this page of the list, with its filters
  useEffect(() => rememberListSearch(params), [params]);

  const isOfficer = me.role === 'officer';
  const breaches = useBreaches(query);
  // One layout in the page, not both with one hidden by CSS: half the rows to render (issue #19).
  const theme = useMantineTheme();
  const cards = useMediaQuery(`(max-width: ${em(Number(px(theme.breakpoints.md)) - 0.1)})`, undefined, {
    getInitialValueInEffect: false,
  });
  const filtered = q !== '' || status !== 'all' || owner === 'me';
  const nextCursor = breaches.data?.nextCursor ?? null;
  // While the next page loads, the rows on screen are still those of the page before it: the
  // range text follows them, not the URL.
  const [shownIndex, setShownIndex] = useState(trail.length);
  if (!breaches.isPlaceholderData && shownIndex !== trail.length) setShownIndex(trail.length);
  // "Volgende" under the pointer: the next page is asked for before the click
  const nextPage = usePreloadOnIntent(nextCursor ? `/breaches?${withTrail(params, [...trail, nextCursor])}` : '');

  const newButton = isOfficer ? (
    <Button component={Link} to="/breaches/new" leftSection={<IconPlus size={18} aria-hidden="true" />}>
      {t('breaches.new')}
    </Button>
  ) : null;

  const actions = (
    <Group gap="sm">
      <Button
        component="a"
        href={REGISTER_CSV_URL}
        variant="default"
        leftSection={<IconDownload size={18} aria-hidden="true" />}
      >
        {t('breaches.exportCsv')}
      </Button>
      {newButton}
    </Group>
  );

  return (
    <>
      <PageHeader title={t('breaches.title')} description={t('breaches.description')} actions={actions} />
      <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
        <TextInput
          type="search"
          label={t('breaches.search.label')}
          placeholder={t('breaches.search.placeholder')}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          style={{ flex: '1 1 240px' }}
        />
        <Box>
          <Text component="span" id="breach-status-label" size="sm" fw={500} display="block" mb={4}>
            {t('breaches.status.label')}
          </Text>
          <SegmentedControl
            aria-labelledby="breach-status-label"
            value={status}
            onChange={(value) => update({ status: value === 'all' ? null : value })}
            data={[
              { value: 'open', label: t('breaches.status.open') },
              { value: 'closed', label: t('breaches.status.closed') },
              { value: 'all', label: t('breaches.status.all') },
            ]}
          />
        </Box>
        {isOfficer && (
          <Box>
            <Text component="span" id="breach-owner-label" size="sm" fw={500} display="block" mb={4}>
              {t('owner.filter.label')}
            </Text>
            <SegmentedControl
              aria-labelledby="breach-owner-label"
              value={owner}
              onChange={(value) => update({ owner: value === 'me' ? 'me' : null })}
              data={[
                { value: 'me', label: t('owner.filter.mine') },
                { value: 'all', label: t('owner.filter.all') },
              ]}
            />
          </Box>
        )}
      </Group>
      {breaches.isPending ? (
        <Card p="md" aria-busy="true">
          <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
          <Stack gap="sm">
            {Array.from({ length: 5 }, (_, i) => (
              <Skeleton key={i} height={44} radius="sm" />
            ))}
          </Stack>
        </Card>
      ) : breaches.isError ? (
        <LoadError
          title={t('breaches.loadFailed')}
          onRetry={() => void breaches.refetch()}
          retrying={breaches.isFetching}
        />
      ) : breaches.data.items.length === 0 ? (
        owner === 'me' && q === '' && status === 'all' ? (
          <EmptyStateCard
            icon={<IconShieldCheck size={28} aria-hidden="true" />}
            title={t('owner.filter.emptyTitle')}
            description={t('owner.filter.emptyDescription')}
          />
        ) : filtered ? (
          <EmptyStateCard
            icon={<IconSearch size={28} aria-hidden="true" />}
            title={t('breaches.noResults.title')}
            description={t('breaches.noResults.description')}
          />
        ) : (
          <EmptyStateCard
            icon={<IconShieldCheck size={28} aria-hidden="true" />}
            title={t('breaches.empty.title')}
            description={t('breaches.empty.description')}
          >
            {newButton}
          </EmptyStateCard>
        )
      ) : (
        <Box
          ref={listTop}
          aria-busy={breaches.isPlaceholderData}
          style={{ opacity: breaches.isPlaceholderData ? 0.6 : 1, scrollMarginTop: 80 }}
        >
          <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
            {shownIndex === 0 && !nextCursor
              ? t('breaches.count', { count: breaches.data.total })
              : rangeText(t, shownIndex, breaches.data)}
          </Text>
          {cards ? (
            <Stack gap="sm">
              {breaches.data.items.map((breach) => (
                <BreachCard key={breach.id} breach={breach} />
              ))}
            </Stack>
          ) : (
            <Card p={0}>
              <Table.ScrollContainer minWidth={760}>
                <Table verticalSpacing="sm" highlightOnHover>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('breaches.columns.reference')}</Table.Th>
                      <Table.Th>{t('breaches.columns.title')}</Table.Th>
                      <Table.Th>{t('owner.column')}</Table.Th>
                      <Table.Th>{t('breaches.columns.cause')}</Table.Th>
                      <Table.Th>{t('breaches.columns.discovered')}</Table.Th>
                      <Table.Th>{t('breaches.columns.deadlines')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {breaches.data.items.map((breach) => (
                      <BreachRow key={breach.id} breach={breach} />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Card>
          )}
          {(trail.length > 0 || nextCursor) && (
            <Group justify="center" gap="sm" mt="lg">
              <Button
                variant="default"
                leftSection={<IconChevronLeft size={16} aria-hidden="true" />}
                disabled={trail.length === 0 || breaches.isPlaceholderData}
                onClick={() => goTo(trail.slice(0, -1))}
              >
                {t('breaches.pagination.previous')}
              </Button>
              <Button
                variant="default"
                rightSection={<IconChevronRight size={16} aria-hidden="true" />}
                {...nextPage}
                disabled={!nextCursor || breaches.isPlaceholderData}
                onClick={() => nextCursor && goTo([...trail, nextCursor])}
              >
                {t('breaches.pagination.next')}
              </Button>
            </Group>
          )}
        </Box>
      )}
    </>
  );
}

/** "21–40 van 1.000+": the rows on screen, and how many match (a lower bound above 1,000). */
function rangeText(t: TFunction, pageIndex: number, list: BreachList): string {
  const from = pageIndex * BREACH_PAGE_SIZE + 1;
  const range = { from, to: from + list.items.length - 1, total: list.total };
  // an API from before issue #19 sends no totalExact: its total is exact
  return list.totalExact === false ? t('breaches.rangeAtLeast', range) : t('breaches.range', range);
}

const ROW = Table.classes.tr;
const CELL = Table.classes.td;

/**
 * One breach in the table: plain table elements with the Table's own classes (as the clock board
 * does), so the rows cost little to render when the list opens. Its page's code and data start
 * loading when the pointer rests on the row or its link gets focus (issue #19). Rows re-render only
 * when their breach changes: the countdowns follow the clock by themselves.
 */
const BreachRow = memo(function BreachRow({ breach }: { breach: BreachSummary }) {
  const { t } = useTranslation();
  const lang = useLang();
  const to = `/breaches/${breach.id}`;
  const intent = usePreloadOnIntent(to);
  return (
    <tr className={ROW} data-with-row-border data-hover {...intent}>
      <td className={CELL} style={{ whiteSpace: 'nowrap' }}>
        <Anchor component={Link} to={to} fw={600}>
          {breach.reference}
        </Anchor>
      </td>
      <td className={CELL}>
        {breach.title}
        {breach.status === 'closed' && <span className={classes.dimmedXs}>{t('breaches.status.closedOne')}</span>}
      </td>
      <td className={CELL}>
        <OwnerCell owner={breach.owner} />
      </td>
      <td className={CELL}>{t(`causes.${breach.cause}`)}</td>
      <td className={CELL} style={{ whiteSpace: 'nowrap' }}>
        {formatDateTime(breach.discoveredAt, lang)}
      </td>
      {/* the chips' width is kept while they render, so the columns do not shift */}
      <td className={CELL} style={{ minWidth: 240 }}>
        <DeferredChips obligations={breach.obligations} />
      </td>
    </tr>
  );
});

/** One breach as a card (phones), with the same preloading as a table row. */
const BreachCard = memo(function BreachCard({ breach }: { breach: BreachSummary }) {
  const { t } = useTranslation();
  const lang = useLang();
  const to = `/breaches/${breach.id}`;
  const intent = usePreloadOnIntent(to);
  return (
    <Card p="md" {...intent}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Anchor component={Link} to={to} fw={600}>
            {breach.reference}
          </Anchor>
          <Text size="xs" c="dimmed">
            {formatDateTime(breach.discoveredAt, lang)}
          </Text>
        </Group>
        <Text size="sm" fw={500}>
          {breach.title}
        </Text>
        <Text size="xs" c="dimmed">
          {t(`causes.${breach.cause}`)}
          {breach.status === 'closed' ? ` · ${t('breaches.status.closedOne')}` : ''}
        </Text>
        <Text size="xs" c="dimmed">
          {breach.owner ? t('owner.label', { name: breach.owner.name }) : t('owner.none')}
        </Text>
        <DeferredChips obligations={breach.obligations} />
      </Stack>
    </Card>
  );
});

/**
 * A row's deadline chips, the costliest part of a row: the list paints its rows first and the
 * chips in a render of their own right after, so it shows at once when opened (issue #19).
 */
function DeferredChips({ obligations }: { obligations: BreachSummary['obligations'] }) {
  const ready = useDeferredValue(true, false);
  return ready ? <ObligationChips obligations={obligations} /> : <div style={{ minHeight: 22 }} />;
}

/** The owner's name in the register; "me" is marked so an officer spots their own at a glance. */
function OwnerCell({ owner }: { owner: BreachOwner | null }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (!owner) return <span className={classes.dimmed}>{t('owner.noneShort')}</span>;
  return owner.id === me.id ? t('owner.you', { name: owner.name }) : owner.name;
}
