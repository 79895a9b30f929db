import { Button, Stack } from '@mantine/core';
import { IconCalendarOff, IconDownload, IconListSearch } from '@tabler/icons-react';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { isApiError } from '../../../api/api-error';
import { ApiErrorAlert } from '../../../shared/errors/ApiErrorList';
import { shownErrorsOf } from '../../../shared/errors/translate-api-error';
import { useCurrentUser } from '../../../shared/session/use-me';
import { useLang } from '../../../shared/language/use-lang';
import { EmptyStateCard } from '../../../shared/ui/EmptyStateCard';
import { LoadError } from '../../../shared/ui/LoadError';
import { NoResultsCard, ResultListMore, ResultListSkeleton } from '../../../shared/ui/ResultList';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { auditCsvHref } from '../api/audit-api';
import { hasFilters, parseAuditFilters } from '../audit-filters';
import { useAuditEvents } from '../hooks/use-audit';
import { AuditChainCard } from './AuditChainCard';
import { AuditEventList } from './AuditEventList';
import { type AuditFilterValues, AuditFilterBar } from './AuditFilterBar';

const FILTER_KEYS = ['breachId', 'actorId', 'action', 'from', 'to'] as const;

/**
 * The audit log (managers, admins): the chain's state, every event newest first with filters in
 * the address (`/audit?breachId=…` from the breach page), "Meer laden", and the CSV of the same
 * filters.
 */
export function AuditLogPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const parsed = parseAuditFilters(params);
  const { filters, periodProblem } = parsed;
  // the query key is compared by value: a new filters object per render is the same query
  const events = useAuditEvents(filters, periodProblem === null);
  const filtered = hasFilters(parsed);

  // Two quick edits (from, then to) can both happen before the address update re-renders this
  // page; React Router hands both the same old params, so the latest ones are kept here.
  const latest = useRef(params);
  latest.current = params;
  const update = (changes: Partial<Record<keyof AuditFilterValues, string | null>>) => {
    const next = new URLSearchParams(latest.current);
    for (const [key, value] of Object.entries(changes)) {
      if (!value) next.delete(key);
      else next.set(key, value);
    }
    latest.current = next;
    setParams(next, { replace: true });
  };
  const clearFilters = () => update(Object.fromEntries(FILTER_KEYS.map((k) => [k, null])));

  // Keyset pages never overlap; a row is still shown once should a refresh ever cross a page.
  const items = useMemo(
    () => [...new Map((events.data?.pages ?? []).flatMap((p) => p.items).map((e) => [e.seq, e])).values()],
    [events.data],
  );
  const breachReference = filters.breachId
    ? (items.find((e) => e.breachId === filters.breachId)?.breachReference ?? undefined)
    : undefined;
  const actorName = filters.actorId ? items.find((e) => e.actor?.id === filters.actorId)?.actor?.name : undefined;

  const csv = (
    <Button
      component="a"
      href={periodProblem === null ? auditCsvHref(filters, lang === 'nl' ? 'semicolon' : 'comma') : undefined}
      download
      variant="default"
      leftSection={<IconDownload size={16} aria-hidden="true" />}
      disabled={periodProblem !== null}
    >
      {filtered ? t('audit.csvFiltered') : t('audit.csv')}
    </Button>
  );

  const badRequest = events.isError && isApiError(events.error, 400);

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} actions={csv} />
      <AuditChainCard />
      <AuditFilterBar
        values={{
          breachId: filters.breachId,
          actorId: filters.actorId,
          action: filters.action,
          from: parsed.from,
          to: parsed.to,
        }}
        periodProblem={periodProblem}
        canSearchBreaches={me.role === 'manager'}
        breachReference={breachReference}
        actorName={actorName}
        onChange={update}
        onClear={filtered ? clearFilters : undefined}
      />

      {periodProblem !== null ? (
        <EmptyStateCard
          icon={<IconCalendarOff size={28} aria-hidden="true" />}
          title={t('audit.periodProblem.title')}
          description={t('audit.periodProblem.description')}
        />
      ) : events.isPending ? (
        <ResultListSkeleton />
      ) : badRequest && !events.data ? (
        <ApiErrorAlert
          title={t('audit.badFilters')}
          errors={shownErrorsOf(events.error, t, {
            breachId: t('audit.filters.breach'),
            actorId: t('audit.filters.actor'),
            action: t('audit.filters.action'),
            from: t('audit.filters.from'),
            to: t('audit.filters.to'),
          })}
        />
      ) : events.isError && !events.data ? (
        <LoadError title={t('audit.loadFailed')} onRetry={() => void events.refetch()} retrying={events.isFetching} />
      ) : items.length === 0 ? (
        filtered ? (
          <NoResultsCard
            title={t('audit.noResults.title')}
            description={t('audit.noResults.description')}
            clearLabel={t('audit.filters.clear')}
            onClear={clearFilters}
          />
        ) : (
          <EmptyStateCard
            icon={<IconListSearch size={28} aria-hidden="true" />}
            title={t('audit.empty.title')}
            description={t('audit.empty.description')}
          />
        )
      ) : (
        <Stack gap="sm" aria-busy={events.isPlaceholderData || undefined}>
          <AuditEventList
            items={items}
            label={t('audit.listLabel')}
            canOpenBreaches={me.role === 'manager'}
            filteredBreachId={filters.breachId}
            onFilterBreach={(breachId) => update({ breachId })}
          />
          <ResultListMore
            query={events}
            shown={
              events.hasNextPage
                ? t('audit.shownMore', { count: items.length })
                : t('audit.shownAll', { count: items.length })
            }
            loadMoreLabel={t('audit.loadMore')}
            loadMoreFailedTitle={t('audit.loadMoreFailed')}
          />
        </Stack>
      )}
    </>
  );
}
