import { Alert } from '@mantine/core';
import { IconMailOff } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../../../api/client';

/** Undeliverable mail means someone was not warned: say so loudly on the clock board. */
export function FailedMailAlert() {
  const { t } = useTranslation();
  const failed = useQuery({
    queryKey: ['mail', 'failed-count'],
    queryFn: async () => dataOf(await api.GET('/api/mail/failed-count')),
    refetchInterval: 60_000,
  });
  const count = failed.data?.failed ?? 0;
  if (count === 0) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconMailOff aria-hidden />}
      title={t('mail.failedAlert.title', { count })}
      mb="md"
      role="alert"
    >
      {t('mail.failedAlert.body')}
    </Alert>
  );
}
