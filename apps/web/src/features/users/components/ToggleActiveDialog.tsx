import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import type { User } from '../../../api/types';
import { ShownErrorList } from '../../../shared/errors/ApiErrorList';
import { shownErrorsOf } from '../../../shared/errors/translate-api-error';
import { useUpdateUser } from '../hooks/use-update-user';

interface ToggleActiveDialogProps {
  user: User;
  onClose: () => void;
}

/** Confirms deactivating (ends their sessions) or reactivating a user. */
export function ToggleActiveDialog({ user, onClose }: ToggleActiveDialogProps) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const deactivate = user.active;
  const error = update.error;
  // 409 is the one refusal here: your own account; anything else translated by its rule
  const errorContent = !error ? null : isApiError(error, 409) ? (
    t('users.errors.selfChange')
  ) : (
    <ShownErrorList errors={shownErrorsOf(error, t)} />
  );

  const confirm = () =>
    update.mutate(
      { id: user.id, body: { active: !deactivate } },
      {
        onSuccess: (updated) => {
          notifications.show({
            color: 'green',
            title: deactivate ? t('users.notifications.deactivated.title') : t('users.notifications.reactivated.title'),
            message: t(
              deactivate ? 'users.notifications.deactivated.message' : 'users.notifications.reactivated.message',
              { name: updated.name },
            ),
          });
          onClose();
        },
      },
    );

  return (
    <Modal
      opened
      onClose={onClose}
      title={deactivate ? t('users.toggle.deactivateTitle') : t('users.toggle.reactivateTitle')}
    >
      <Stack gap="md">
        <Text size="sm">
          {t(deactivate ? 'users.toggle.deactivateBody' : 'users.toggle.reactivateBody', { name: user.name })}
        </Text>
        {errorContent && (
          <Alert
            role="alert"
            color="red"
            variant="light"
            icon={<IconAlertCircle aria-hidden="true" />}
            title={t('users.errors.refused')}
          >
            {errorContent}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm" wrap="nowrap">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color={deactivate ? 'red' : 'lekwacht'} loading={update.isPending} onClick={confirm}>
            {deactivate ? t('users.actions.deactivate') : t('users.actions.reactivate')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
