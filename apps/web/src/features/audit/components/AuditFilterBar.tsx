import { Badge, Box, Button, CloseButton, Group, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../shared/date-time/DateField';
import { breachQueryKey, breachesQueryKey, getBreach, listBreaches } from '../../../shared/breaches/breaches-api';
import { useLang } from '../../../shared/language/use-lang';
import { useUserDirectory } from '../../../shared/users/use-user-directory';
import type { PeriodProblem } from '../audit-filters';
import { useAuditActions } from '../hooks/use-audit';

const ALL = 'all';

export interface AuditFilterValues {
  breachId?: string;
  actorId?: string;
  action?: string;
  /** As the DateFields report them: a date, '' or "invalid". */
  from: string;
  to: string;
}

interface Props {
  values: AuditFilterValues;
  periodProblem: PeriodProblem;
  /** Managers search the register; admins may not read it and only see and clear a given breach. */
  canSearchBreaches: boolean;
  /** Names known from the events shown, for a breach or actor the lists do not hold. */
  breachReference?: string;
  actorName?: string;
  onChange: (changes: Partial<Record<keyof AuditFilterValues, string | null>>) => void;
  onClear?: () => void;
}

/** Breach, actor, action and period: each narrows the log, all together must match. */
export function AuditFilterBar({
  values,
  periodProblem,
  canSearchBreaches,
  breachReference,
  actorName,
  onChange,
  onClear,
}: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const directory = useUserDirectory();
  const actions = useAuditActions();

  const actorOptions = (directory.data ?? []).map((u) => ({ value: u.id, label: u.name }));
  if (values.actorId && !actorOptions.some((o) => o.value === values.actorId)) {
    actorOptions.unshift({ value: values.actorId, label: actorName ?? t('audit.filters.formerUser') });
  }
  const actionOptions = (actions.data ?? []).map((a) => ({ value: a.action, label: a.label[lang] || a.action }));
  if (values.action && !actionOptions.some((o) => o.value === values.action)) {
    actionOptions.unshift({ value: values.action, label: values.action });
  }

  return (
    <Group
      role="search"
      aria-label={t('audit.filters.label')}
      gap="sm"
      mb="md"
      align="flex-end"
      wrap="wrap"
      component="form"
      onSubmit={(event) => event.preventDefault()}
    >
      {canSearchBreaches ? (
        <BreachSelect value={values.breachId ?? null} onChange={(breachId) => onChange({ breachId })} />
      ) : values.breachId ? (
        <Group gap={4} wrap="nowrap">
          <Badge variant="light" size="lg">
            {breachReference
              ? t('audit.filters.thisBreach', { reference: breachReference })
              : t('audit.filters.oneBreach')}
          </Badge>
          <CloseButton
            size="sm"
            aria-label={t('audit.filters.clearBreach')}
            onClick={() => onChange({ breachId: null })}
          />
        </Group>
      ) : null}
      <Select
        label={t('audit.filters.actor')}
        data={[{ value: ALL, label: t('audit.filters.allActors') }, ...actorOptions]}
        value={values.actorId ?? ALL}
        onChange={(value) => onChange({ actorId: value === ALL ? null : value })}
        allowDeselect={false}
        searchable
        nothingFoundMessage={directory.isError ? t('audit.filters.actorsFailed') : t('audit.filters.noActorFound')}
        style={{ flex: '1 1 200px' }}
        maw={300}
      />
      <Select
        label={t('audit.filters.action')}
        data={[{ value: ALL, label: t('audit.filters.allActions') }, ...actionOptions]}
        value={values.action ?? ALL}
        onChange={(value) => onChange({ action: value === ALL ? null : value })}
        allowDeselect={false}
        searchable
        nothingFoundMessage={actions.isError ? t('audit.filters.actionsFailed') : t('audit.filters.noActionFound')}
        style={{ flex: '1 1 220px' }}
        maw={320}
      />
      <Box w={{ base: '100%', xs: 180 }}>
        <DateField
          label={t('audit.filters.from')}
          value={values.from}
          onChange={(from) => onChange({ from })}
          error={periodProblem === 'from' ? t('audit.filters.invalidDate') : undefined}
        />
      </Box>
      <Box w={{ base: '100%', xs: 180 }}>
        <DateField
          label={t('audit.filters.to')}
          value={values.to}
          onChange={(to) => onChange({ to })}
          error={
            periodProblem === 'to'
              ? t('audit.filters.invalidDate')
              : periodProblem === 'order'
                ? t('audit.filters.periodOrder')
                : undefined
          }
        />
      </Box>
      {onClear && (
        <Button variant="subtle" onClick={onClear}>
          {t('audit.filters.clear')}
        </Button>
      )}
    </Group>
  );
}

const labelOf = (b: { reference: string; title: string }) => `${b.reference} · ${b.title}`;

/** The breach, searched in the register by reference or title. */
function BreachSelect({ value, onChange }: { value: string | null; onChange: (breachId: string | null) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const selected = useQuery({
    queryKey: breachQueryKey(value ?? ''),
    queryFn: () => getBreach(value as string),
    enabled: value !== null,
  });
  const selectedLabel = selected.data ? labelOf(selected.data) : null;
  // Once chosen, the search box shows the chosen breach: do not search the register for that text.
  const q = debounced === selectedLabel ? '' : debounced;
  const found = useQuery({
    queryKey: [...breachesQueryKey, 'list', { q, status: 'all', page: 1, pageSize: 20 }],
    queryFn: () => listBreaches({ q, status: 'all', page: 1, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
  const options = (found.data?.items ?? []).map((b) => ({ value: b.id, label: labelOf(b) }));
  if (value && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: selectedLabel ?? t('audit.filters.oneBreach') });
  }
  return (
    <Select
      label={t('audit.filters.breach')}
      placeholder={t('audit.filters.breachPlaceholder')}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // the register already searched: show what it found
      filter={({ options: all }) => all}
      nothingFoundMessage={
        found.isFetching
          ? t('common.loading')
          : found.isError
            ? t('audit.filters.breachSearchFailed')
            : t('audit.filters.noBreachFound')
      }
      clearButtonProps={{ 'aria-label': t('audit.filters.clearBreach') }}
      style={{ flex: '1 1 260px' }}
      maw={420}
    />
  );
}
