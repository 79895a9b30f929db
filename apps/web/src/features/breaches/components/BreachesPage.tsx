import {
  Anchor,
  Box,
  Button,
  Card,
  Group,
  Pagination,
  SegmentedControl,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconPlus, IconSearch, IconShieldCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { BreachStatus } from '../../../api/types';
import { formatDateTime } from '../../../i18n/format';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { EmptyStateCard } from '../../layout/components/EmptyStateCard';
import { LoadError } from '../../layout/components/LoadError';
import { PageHeader } from '../../layout/components/PageHeader';
import type { BreachOwner, BreachSummary } from '../api/breach-types';
import { REGISTER_CSV_URL } from '../api/breaches-api';
import { useBreaches } from '../hooks/use-breaches';
import { useLang } from '../hooks/use-lang';
import { useNow } from '../hooks/use-now';
import { ObligationChips } from './ObligationChips';

const PAGE_SIZE = 20;
type StatusFilter = BreachStatus | 'all';
const isStatusFilter = (value: string | null): value is StatusFilter =>
  value === 'open' || value === 'closed' || value === 'all';
/** Issue #18: officers can narrow the register to the breaches they own (`?owner=me`). */
type OwnerFilter = 'me' | 'all';

/** The breach register (GDPR art. 33(5)): search, filter, page, live deadlines. */
export function BreachesPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useCurrentUser();
  const now = useNow();
  const [params, setParams] = useSearchParams();
  const status: StatusFilter = isStatusFilter(params.get('status')) ? (params.get('status') as StatusFilter) : 'all';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 300);

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );

  useEffect(() => {
    if ((params.get('q') ?? '') !== debounced) update({ q: debounced, page: null });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  const q = params.get('q') ?? '';
  const isOfficer = me.role === 'officer';
  const owner: OwnerFilter = isOfficer && params.get('owner') === 'me' ? 'me' : 'all';
  const breaches = useBreaches({ q, status, page, pageSize: PAGE_SIZE, owner });
  const filtered = q !== '' || status !== 'all' || owner === 'me';

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

  const totalPages = breaches.data ? Math.max(1, Math.ceil(breaches.data.total / PAGE_SIZE)) : 1;

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
            onChange={(value) => update({ status: value === 'all' ? null : value, page: null })}
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
              onChange={(value) => update({ owner: value === 'me' ? 'me' : null, page: null })}
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
        <>
          <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
            {t('breaches.count', { count: breaches.data.total })}
          </Text>
          <Card p={0} visibleFrom="md">
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
                    <Table.Tr key={breach.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Anchor component={Link} to={`/breaches/${breach.id}`} fw={600}>
                          {breach.reference}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{breach.title}</Text>
                        {breach.status === 'closed' && (
                          <Text size="xs" c="dimmed">
                            {t('breaches.status.closedOne')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <OwnerCell owner={breach.owner} />
                      </Table.Td>
                      <Table.Td>{t(`causes.${breach.cause}`)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(breach.discoveredAt, lang)}</Table.Td>
                      <Table.Td>
                        <ObligationChips obligations={breach.obligations} now={now} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
          <Stack hiddenFrom="md" gap="sm">
            {breaches.data.items.map((breach) => (
              <BreachCard key={breach.id} breach={breach} now={now} />
            ))}
          </Stack>
          {totalPages > 1 && (
            <Group justify="center" mt="lg">
              <Pagination
                total={totalPages}
                value={page}
                onChange={(value) => update({ page: value === 1 ? null : String(value) })}
                getControlProps={(control) => ({
                  'aria-label': t(`breaches.pagination.${control}`),
                })}
                getItemProps={(item) => ({ 'aria-label': t('breaches.pagination.page', { page: item }) })}
              />
            </Group>
          )}
        </>
      )}
    </>
  );
}

function BreachCard({ breach, now }: { breach: BreachSummary; now: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Card p="md">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Anchor component={Link} to={`/breaches/${breach.id}`} fw={600}>
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
        <ObligationChips obligations={breach.obligations} now={now} />
      </Stack>
    </Card>
  );
}

/** The owner's name in the register; "me" is marked so an officer spots their own at a glance. */
function OwnerCell({ owner }: { owner: BreachOwner | null }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (!owner) {
    return (
      <Text size="sm" c="dimmed">
        {t('owner.noneShort')}
      </Text>
    );
  }
  return <Text size="sm">{owner.id === me.id ? t('owner.you', { name: owner.name }) : owner.name}</Text>;
}
