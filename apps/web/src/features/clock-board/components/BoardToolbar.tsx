import { Card, Checkbox, Group, SegmentedControl, Select } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObligationKind } from '../../../shared/breaches/breach-types';
import { OBLIGATION_KINDS } from '../../../shared/breaches/breach-types';
import type { BoardFilters } from '../board-model';

export type Layout = 'grouped' | 'flat';

interface Props {
  layout: Layout;
  onLayout: (layout: Layout) => void;
  filters: BoardFilters;
  onFilter: (next: Partial<BoardFilters>) => void;
  /** The customers on the board, for the customer filter. */
  customers: string[];
}

/**
 * Layout switch and filters. Memoised: the board hands it the customer list as a deferred value,
 * so when the list arrives the first screenful of duties is rendered first and the toolbar
 * catches up in the background (its Selects are the costliest part of the page to render).
 */
export const BoardToolbar = memo(function BoardToolbar({ layout, onLayout, filters, onFilter, customers }: Props) {
  const { t } = useTranslation();
  return (
    <Card p="sm" component="section" aria-label={t('clockBoardTable.filters.label')}>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <SegmentedControl
          size="xs"
          aria-label={t('clockBoardTable.layout.label')}
          value={layout}
          onChange={(v) => onLayout(v as Layout)}
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
          onChange={(v) => onFilter({ kind: (v ?? 'all') as ObligationKind | 'all' })}
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
          onChange={(v) => onFilter({ customer: v })}
          data={customers}
          searchable
          clearable
          nothingFoundMessage={t('clockBoardTable.filters.noCustomer')}
        />
        <Checkbox
          size="xs"
          label={t('clockBoardTable.filters.overdue')}
          checked={filters.overdueOnly}
          onChange={(e) => onFilter({ overdueOnly: e.currentTarget.checked })}
        />
        <Checkbox
          size="xs"
          label={t('clockBoardTable.filters.notRequiredPending')}
          checked={filters.notRequiredPendingOnly}
          onChange={(e) => onFilter({ notRequiredPendingOnly: e.currentTarget.checked })}
        />
      </Group>
    </Card>
  );
});
