import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { formatDateTime } from '../../../i18n/format';
import { useCurrentUser } from '../../../shared/session/use-me';
import { useLang } from '../../../shared/language/use-lang';
import { LoadError } from '../../../shared/ui/LoadError';
import { DetailDrawer, DetailDrawerHeader, DetailDrawerSkeleton } from '../../../shared/ui/DetailDrawer';
import { useMail, useRetryMail } from '../hooks/use-mail';
import { MailStatusBadge } from './MailStatusBadge';
import { MessagePreview } from '../../../shared/mail/MessagePreview';

/** One message: its metadata, the plain text and the HTML (rendered in a sandbox, no scripts). */
export function MailDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <DetailDrawer id={id} title={t('mail.drawerTitle')} onClose={onClose}>
      {(shown) => <MailContent id={shown} />}
    </DetailDrawer>
  );
}

function MailContent({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useCurrentUser();
  const mail = useMail(id);
  const retry = useRetryMail();

  if (mail.isPending) {
    return <DetailDrawerSkeleton />;
  }
  if (mail.isError) return <LoadError onRetry={() => void mail.refetch()} retrying={mail.isFetching} />;
  const m = mail.data;
  const rows: [string, React.ReactNode][] = [
    [t('mail.columns.to'), `${m.toName} <${m.to}>`],
    [t('mail.columns.kind'), t(`mail.kind.${m.kind}`)],
    [t('mail.columns.status'), <MailStatusBadge key="s" status={m.status} />],
    [t('mail.columns.attempts'), String(m.attempts)],
    [t('mail.createdAt'), formatDateTime(m.createdAt, lang)],
    [t('mail.columns.sentAt'), m.sentAt ? formatDateTime(m.sentAt, lang) : '—'],
    [
      t('mail.messageId'),
      <Code key="id" style={{ overflowWrap: 'anywhere' }}>
        {m.messageId}
      </Code>,
    ],
  ];

  return (
    <Stack gap="md">
      <DetailDrawerHeader heading={m.subject} rows={rows} labelWidth={120} />
      {m.lastError && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden="true" />} title={t('mail.lastError')}>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {m.lastError}
          </Text>
        </Alert>
      )}
      {me.role === 'admin' && m.status === 'failed' && (
        <Group>
          <Button
            leftSection={<IconRefresh size={16} aria-hidden="true" />}
            loading={retry.isPending}
            onClick={() =>
              retry.mutate(m.id, {
                onSuccess: () => notifications.show({ color: 'green', message: t('mail.retried') }),
              })
            }
          >
            {t('mail.retry')}
          </Button>
          {retry.isError && (
            <Text size="sm" c="red" role="alert">
              {isApiError(retry.error, 403) ? t('errors.forbidden') : t('mail.retryFailed')}
            </Text>
          )}
        </Group>
      )}
      <MessagePreview
        html={m.html}
        text={m.text}
        frameTitle={t('mail.htmlFrameTitle', { subject: m.subject })}
        htmlLabel={t('mail.html')}
        textLabel={t('mail.text')}
      />
    </Stack>
  );
}
