import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Obligation } from '../breaches/breach-types';
import { mostUrgent } from './deadline';
import { CountdownChip } from './CountdownChip';

interface ObligationChipsProps {
  obligations: Obligation[];
  /** The page's clock; without it each chip follows the clock by itself, per minute. */
  now?: number;
}

/** AP, the customers collapsed into one "Klanten n" chip, and the data subjects. */
export function ObligationChips({ obligations, now }: ObligationChipsProps) {
  const { t } = useTranslation();
  const authority = obligations.find((o) => o.kind === 'authority');
  const customers = obligations.filter((o) => o.kind === 'customer');
  // the most urgent customer changes only when a chip's colour does: the time of this render will do
  const urgentCustomer = mostUrgent(customers, now ?? Date.now());
  const subjects = obligations.find((o) => o.kind === 'data_subjects');
  const openCustomers = customers.filter((o) => o.state === 'open').length;
  return (
    <Group gap={6} wrap="wrap">
      {authority && <CountdownChip label={t('obligations.short.authority')} obligation={authority} now={now} />}
      {urgentCustomer &&
        (customers.length === 1 ? (
          <CountdownChip label={t('obligations.short.customer')} obligation={urgentCustomer} now={now} />
        ) : (
          <CountdownChip
            label={t('obligations.short.customers', { n: customers.length })}
            obligation={urgentCustomer}
            now={now}
            detail={t('obligations.customersOpen', { open: openCustomers, total: customers.length })}
          />
        ))}
      {subjects && <CountdownChip label={t('obligations.short.data_subjects')} obligation={subjects} now={now} />}
    </Group>
  );
}
