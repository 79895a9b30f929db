import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Obligation } from '../api/breach-types';
import { mostUrgent } from '../deadline';
import { CountdownChip } from './CountdownChip';

interface ObligationChipsProps {
  obligations: Obligation[];
  now: number;
}

/** AP, the customers collapsed into one "Klanten n" chip, and the data subjects. */
export function ObligationChips({ obligations, now }: ObligationChipsProps) {
  const { t } = useTranslation();
  const authority = obligations.find((o) => o.kind === 'authority');
  const customers = obligations.filter((o) => o.kind === 'customer');
  const subjects = obligations.find((o) => o.kind === 'data_subjects');
  const urgentCustomer = mostUrgent(customers, now);
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
