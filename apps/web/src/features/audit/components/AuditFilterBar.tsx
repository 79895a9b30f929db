import { Box, Button, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BreachFilter } from '../../../shared/breaches/BreachFilter';
import { DateField } from '../../../shared/date-time/DateField';
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
      <BreachFilter
        value={values.breachId ?? null}
        onChange={(breachId) => onChange({ breachId })}
        canSearchBreaches={canSearchBreaches}
        texts={{
          label: t('audit.filters.breach'),
          placeholder: t('audit.filters.breachPlaceholder'),
          searchFailed: t('audit.filters.breachSearchFailed'),
          noneFound: t('audit.filters.noBreachFound'),
          clear: t('audit.filters.clearBreach'),
          oneBreach: t('audit.filters.oneBreach'),
        }}
        chosenLabel={breachReference ? t('audit.filters.thisBreach', { reference: breachReference }) : undefined}
      />
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
