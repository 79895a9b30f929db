import { Alert, Text } from '@mantine/core';
import { IconMailExclamation } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../../api/client';
import { formatDateTime } from '../../i18n/format';
import { useLang } from '../language/use-lang';

/**
 * An SMTP outage must not look like "notices on their way": officers and managers see, within a
 * minute, since when delivery fails and how much is waiting (GET /api/mail/delivery).
 */
export function MailDeliveryAlert() {
  const { t } = useTranslation();
  const lang = useLang();
  const status = useQuery({
    queryKey: ['mail', 'delivery'],
    queryFn: async () => dataOf(await api.GET('/api/mail/delivery')),
    refetchInterval: 30_000,
  });
  const s = status.data;
  if (!s || s.state === 'ok') return null;
  if (s.failingSince) {
    return (
      <Alert
        color={s.state === 'down' ? 'red' : 'orange'}
        variant="light"
        icon={<IconMailExclamation aria-hidden />}
        title={t('mail.outageAlert.title', { since: formatDateTime(s.failingSince, lang) })}
        mb="md"
        role="alert"
      >
        <Text size="sm">{t('mail.outageAlert.body', { count: s.waiting, error: s.lastError ?? '—' })}</Text>
      </Alert>
    );
  }
  if (!s.oldestWaitingAt) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconMailExclamation aria-hidden />}
      title={t('mail.outageAlert.slowTitle')}
      mb="md"
    >
      <Text size="sm">
        {t('mail.outageAlert.slowBody', { count: s.waiting, since: formatDateTime(s.oldestWaitingAt, lang) })}
      </Text>
    </Alert>
  );
}
