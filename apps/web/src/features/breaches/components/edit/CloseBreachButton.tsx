import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../../shared/errors/ApiErrorList';
import { shownErrorsOf } from '../../../../shared/errors/translate-api-error';
import type { Breach } from '../../../../shared/breaches/breach-types';
import { useCloseBreach } from '../../hooks/use-breaches';

/**
 * Closing ends editing and the register entry's open period: it asks first. Why the API
 * refuses (open deadlines) is shown, translated, in the dialog.
 */
export function CloseBreachButton({ breach }: { breach: Breach }) {
  const { t } = useTranslation();
  const close = useCloseBreach(breach.id);
  const [open, setOpen] = useState(false);
  const dismiss = () => {
    setOpen(false);
    close.reset();
  };
  const confirm = () =>
    close.mutate(undefined, {
      onSuccess: () => {
        setOpen(false);
        notifications.show({ color: 'green', message: t('breachEdit.close.closed', { reference: breach.reference }) });
      },
    });
  return (
    <>
      <Button
        color="dark"
        variant="outline"
        leftSection={<IconLock size={16} aria-hidden="true" />}
        onClick={() => setOpen(true)}
      >
        {t('breach.close')}
      </Button>
      <Modal
        opened={open}
        onClose={dismiss}
        title={t('breachEdit.close.title', { reference: breach.reference })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        centered
      >
        <Stack gap="md">
          <Text size="sm">{t('breachEdit.close.body')}</Text>
          {close.isError && <ApiErrorAlert title={t('breach.closeFailed')} errors={shownErrorsOf(close.error, t)} />}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={dismiss} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="dark" loading={close.isPending} onClick={confirm}>
              {t('breachEdit.close.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
