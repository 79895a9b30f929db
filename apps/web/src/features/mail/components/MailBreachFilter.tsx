import { Badge, CloseButton, Group, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { breachQueryKey, breachesQueryKey, getBreach, listBreaches } from '../../../shared/breaches/breaches-api';

interface Props {
  value: string | null;
  onChange: (breachId: string | null) => void;
  /** Officers search the register; others (admins) may not read it and only see and clear a given filter. */
  canSearchBreaches: boolean;
}

const labelOf = (b: { reference: string; title: string }) => `${b.reference} · ${b.title}`;

/** The breach a message is about: searched in the register by reference or title. */
export function MailBreachFilter({ value, onChange, canSearchBreaches }: Props) {
  const { t } = useTranslation();
  if (!canSearchBreaches) {
    return value ? (
      <Group gap={4} wrap="nowrap">
        <Badge variant="light" size="lg">
          {t('mail.filters.oneBreach')}
        </Badge>
        <CloseButton size="sm" aria-label={t('mail.filters.clearBreach')} onClick={() => onChange(null)} />
      </Group>
    ) : null;
  }
  return <BreachSelect value={value} onChange={onChange} />;
}

function BreachSelect({ value, onChange }: Omit<Props, 'canSearchBreaches'>) {
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
  if (value && selectedLabel && !options.some((o) => o.value === value))
    options.unshift({ value, label: selectedLabel });
  return (
    <Select
      label={t('mail.filters.breach')}
      placeholder={t('mail.filters.breachPlaceholder')}
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
            ? t('mail.filters.breachSearchFailed')
            : t('mail.filters.noBreachFound')
      }
      clearButtonProps={{ 'aria-label': t('mail.filters.clearBreach') }}
      style={{ flex: '1 1 260px' }}
      maw={420}
    />
  );
}
