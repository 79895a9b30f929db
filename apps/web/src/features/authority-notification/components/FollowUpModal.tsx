import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { apiMessagesOf } from '../api/messages';
import { useAddFollowUp } from '../hooks/use-authority-notification';

export const MIN_FOLLOW_UP_DESCRIPTION = 10;

interface Props {
  breachId: string;
  opened: boolean;
  onClose: () => void;
}

/** "Vervolgmelding" (GDPR art. 33(4)): what is new or changed, and why. */
export function FollowUpModal({ breachId, opened, onClose }: Props) {
  const { t } = useTranslation();
  const add = useAddFollowUp(breachId);
  const [description, setDescription] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ description?: string; reason?: string }>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);

  const close = () => {
    setDescription('');
    setReason('');
    setErrors({});
    setOtherErrors([]);
    add.reset();
    onClose();
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (description.trim().length < MIN_FOLLOW_UP_DESCRIPTION) {
      next.description = t('apNotification.reason.tooShort', { min: MIN_FOLLOW_UP_DESCRIPTION });
    }
    if (reason.trim() === '') next.reason = t('apNotification.reason.required');
    setErrors(next);
    setOtherErrors([]);
    if (Object.keys(next).length) return;
    add.mutate(
      { description: description.trim(), reason: reason.trim() },
      {
        onSuccess: close,
        onError: (error) => {
          const messages = apiMessagesOf(error, t);
          if (!isApiError(error, 400)) return setOtherErrors(messages);
          const found: typeof errors = {};
          const rest: string[] = [];
          for (const m of messages) {
            if (/description/.test(m)) found.description = m;
            else if (/reason/.test(m)) found.reason = m;
            else rest.push(m);
          }
          setErrors(found);
          setOtherErrors(rest);
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={t('apNotification.followUp.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('apNotification.followUp.intro')}
          </Text>
          {otherErrors.length > 0 && (
            <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden="true" />} title={t('apNotification.actionFailed')}>
              <List size="sm">
                {otherErrors.map((m) => (
                  <List.Item key={m}>{m}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Textarea
            label={t('apNotification.followUp.description')}
            description={t('apNotification.reason.hint', { min: MIN_FOLLOW_UP_DESCRIPTION })}
            withAsterisk
            autosize
            minRows={4}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={errors.description}
            data-autofocus
          />
          <Textarea
            label={t('apNotification.followUp.reason')}
            withAsterisk
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {t('apNotification.followUp.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
