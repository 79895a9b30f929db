import { Badge, CloseButton, Group, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { breachQueryKey, breachesQueryKey, getBreach, listBreaches } from './breaches-api';

/** The filter's words, from the page that shows it. */
export interface BreachFilterTexts {
  label: string;
  placeholder: string;
  searchFailed: string;
  noneFound: string;
  clear: string;
  /** For a chosen breach whose reference and title are not (yet) known. */
  oneBreach: string;
}

interface Props {
  value: string | null;
  onChange: (breachId: string | null) => void;
  /** Who may read the register searches it; others (admins) only see and clear a given filter. */
  canSearchBreaches: boolean;
  texts: BreachFilterTexts;
  /** What the badge says when the register may not be searched; texts.oneBreach if not given. */
  chosenLabel?: string;
}

const labelOf = (b: { reference: string; title: string }) => `${b.reference} · ${b.title}`;

/** A filter on one breach: searched in the register by reference or title. */
export function BreachFilter({ value, onChange, canSearchBreaches, texts, chosenLabel }: Props) {
  if (!canSearchBreaches) {
    return value ? (
      <Group gap={4} wrap="nowrap">
        <Badge variant="light" size="lg">
          {chosenLabel ?? texts.oneBreach}
        </Badge>
        <CloseButton size="sm" aria-label={texts.clear} onClick={() => onChange(null)} />
      </Group>
    ) : null;
  }
  return <BreachSelect value={value} onChange={onChange} texts={texts} />;
}

function BreachSelect({ value, onChange, texts }: Pick<Props, 'value' | 'onChange' | 'texts'>) {
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
    options.unshift({ value, label: selectedLabel ?? texts.oneBreach });
  }
  return (
    <Select
      label={texts.label}
      placeholder={texts.placeholder}
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
        found.isFetching ? t('common.loading') : found.isError ? texts.searchFailed : texts.noneFound
      }
      clearButtonProps={{ 'aria-label': texts.clear }}
      style={{ flex: '1 1 260px' }}
      maw={420}
    />
  );
}
