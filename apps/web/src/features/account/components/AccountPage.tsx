import { Alert, Badge, Button, Card, Group, Modal, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconDeviceDesktop, IconDeviceMobile, IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import { ShownErrorList } from '../../../shared/errors/ApiErrorList';
import { shownErrorsOf } from '../../../shared/errors/translate-api-error';
import { useCurrentUser } from '../../../shared/session/use-me';
import { useLang } from '../../../shared/language/use-lang';
import { LoadError } from '../../../shared/ui/LoadError';
import { PageHeader } from '../../../shared/ui/PageHeader';
import type { Session } from '../api/sessions-api';
import { useEndSession, useLogoutEverywhere, useSessions } from '../hooks/use-sessions';
import { browserLabel } from './browser-label';
import { MfaCard } from './MfaCard';
import { PasswordCard } from './PasswordCard';

/**
 * "Mijn account" (issue #17 point 5): the signed-in user's active sessions, each with the browser
 * it was opened in, when, last used and when it ends on its own; one can be signed out, or all
 * of them ("overal afmelden") when a laptop went missing.
 */
export function AccountPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  // a session limited to setting up two-step verification may do nothing else (the API refuses it)
  const enrolmentOnly = me.mfaEnrolmentRequired;
  const sessions = useSessions(!enrolmentOnly);
  const [confirmAll, setConfirmAll] = useState(false);

  return (
    <>
      <PageHeader
        title={t('account.title')}
        description={t('account.description', { name: me.name, email: me.email })}
      />
      {enrolmentOnly && (
        <Alert role="alert" color="orange" variant="light" mb="md">
          {t('accountSecurity.enrolmentRequired')}
        </Alert>
      )}
      <MfaCard />
      {!enrolmentOnly && <PasswordCard />}
      {!enrolmentOnly && (
        <Card component="section" aria-labelledby="sessions-title" p="md">
          <Group justify="space-between" align="flex-start" mb="xs" wrap="wrap" gap="sm">
            <div>
              <Title order={2} fz="lg" id="sessions-title">
                {t('account.sessions.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('account.sessions.description')}
              </Text>
            </div>
            <Button
              color="red"
              variant="light"
              leftSection={<IconLogout size={16} aria-hidden="true" />}
              onClick={() => setConfirmAll(true)}
              disabled={!sessions.isSuccess}
            >
              {t('account.sessions.logoutEverywhere')}
            </Button>
          </Group>
          {sessions.isPending ? (
            <Stack gap="xs" aria-busy="true">
              <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
              <Skeleton height={56} />
              <Skeleton height={56} />
            </Stack>
          ) : sessions.isError ? (
            <LoadError onRetry={() => void sessions.refetch()} retrying={sessions.isFetching} />
          ) : (
            <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="sessions-title">
              {sessions.data.map((s) => (
                <SessionRow key={s.id} session={s} />
              ))}
            </Stack>
          )}
        </Card>
      )}
      {confirmAll && <LogoutEverywhereDialog count={sessions.data?.length ?? 0} onClose={() => setConfirmAll(false)} />}
    </>
  );
}

function SessionRow({ session: s }: { session: Session }) {
  const { t } = useTranslation();
  const lang = useLang();
  const end = useEndSession();
  const { browser, system } = browserLabel(s.userAgent);
  const phone = system === 'iPhone' || system === 'Android';
  const name =
    browser && system
      ? t('account.sessions.browserOn', { browser, system })
      : (browser ?? system ?? t('account.sessions.unknownBrowser'));
  return (
    <li style={{ padding: '12px 0', borderTop: '1px solid var(--mantine-color-gray-2)' }}>
      <Group justify="space-between" wrap="wrap" gap="sm" align="center">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          {phone ? (
            <IconDeviceMobile size={22} aria-hidden="true" />
          ) : (
            <IconDeviceDesktop size={22} aria-hidden="true" />
          )}
          <div>
            <Group gap={6}>
              <Text fw={600} size="sm">
                {name}
              </Text>
              {s.current && (
                <Badge size="sm" variant="light" color="teal">
                  {t('account.sessions.current')}
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              {t('account.sessions.times', {
                since: formatDateTime(s.createdAt, lang),
                lastSeen: formatDateTime(s.lastSeenAt, lang),
                ends: formatDateTime(s.expiresAt, lang),
              })}
            </Text>
            {end.isError && (
              <Text component="div" size="xs" c="red" role="alert">
                <ShownErrorList errors={shownErrorsOf(end.error, t)} />
              </Text>
            )}
          </div>
        </Group>
        <Button
          size="xs"
          variant="default"
          loading={end.isPending}
          onClick={() => end.mutate(s)}
          aria-label={t('account.sessions.endNamed', { name })}
        >
          {s.current ? t('account.sessions.endCurrent') : t('account.sessions.end')}
        </Button>
      </Group>
    </li>
  );
}

function LogoutEverywhereDialog({ count, onClose }: { count: number; onClose: () => void }) {
  const { t } = useTranslation();
  const all = useLogoutEverywhere();
  return (
    <Modal opened onClose={onClose} title={t('account.sessions.confirmTitle')}>
      <Stack gap="md">
        <Text size="sm">{t('account.sessions.confirmBody', { count })}</Text>
        {all.isError && (
          <Alert role="alert" color="red">
            <ShownErrorList errors={shownErrorsOf(all.error, t)} />
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={all.isPending} onClick={() => all.mutate()}>
            {t('account.sessions.logoutEverywhere')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
