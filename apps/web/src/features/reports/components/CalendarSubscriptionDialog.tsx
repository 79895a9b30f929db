import {
  ActionIcon,
  Alert,
  Button,
  CopyButton,
  Group,
  Modal,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconCopy, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../../shared/ui/LoadError';
import { useCalendarUrl, useRotateCalendarUrl } from '../hooks/use-calendar-url';

/** The dialog of "Agenda-abonnement": the link, with copy and rotate. A chunk of its own (see CalendarSubscription). */
export function CalendarSubscriptionDialog({ opened, onClose: close }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const calendar = useCalendarUrl(opened);
  const rotate = useRotateCalendarUrl();

  const onClose = () => {
    setConfirming(false);
    close();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('calendar.title')} size="lg">
      <Stack gap="md">
        <Text size="sm">{t('calendar.explanation')}</Text>
        {calendar.isPending ? (
          <Skeleton height={36} aria-label={t('common.loading')} />
        ) : calendar.isError ? (
          <LoadError onRetry={() => void calendar.refetch()} retrying={calendar.isFetching} />
        ) : (
          <Group gap="xs" wrap="nowrap" align="flex-end">
            <TextInput
              label={t('calendar.urlLabel')}
              value={calendar.data.url}
              readOnly
              onFocus={(e) => e.currentTarget.select()}
              style={{ flex: 1 }}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
            />
            <CopyButton value={calendar.data.url} timeout={2000}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? t('calendar.copied') : t('calendar.copy')} withArrow>
                  <ActionIcon
                    size={36}
                    variant={copied ? 'filled' : 'default'}
                    color={copied ? 'teal' : undefined}
                    onClick={copy}
                    aria-label={copied ? t('calendar.copied') : t('calendar.copy')}
                  >
                    {copied ? <IconCheck size={18} aria-hidden="true" /> : <IconCopy size={18} aria-hidden="true" />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          </Group>
        )}
        <Text size="xs" c="dimmed">
          {t('calendar.private')}
        </Text>
        {rotate.isError && (
          <Alert color="red" variant="light" role="alert">
            {t('calendar.rotateFailed')}
          </Alert>
        )}
        {rotate.isSuccess && !confirming && (
          <Alert color="teal" variant="light" role="status">
            {t('calendar.rotated')}
          </Alert>
        )}
        {confirming ? (
          <Alert color="orange" variant="light" title={t('calendar.confirmTitle')}>
            <Text size="sm" mb="sm">
              {t('calendar.confirmText')}
            </Text>
            <Group gap="xs">
              <Button
                color="orange"
                size="xs"
                loading={rotate.isPending}
                onClick={() => rotate.mutate(undefined, { onSettled: () => setConfirming(false) })}
              >
                {t('calendar.confirmRotate')}
              </Button>
              <Button variant="default" size="xs" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Alert>
        ) : (
          <Group justify="flex-end">
            <Button
              variant="subtle"
              color="orange"
              leftSection={<IconRefresh size={16} aria-hidden="true" />}
              onClick={() => setConfirming(true)}
              disabled={!calendar.isSuccess}
            >
              {t('calendar.rotate')}
            </Button>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}
