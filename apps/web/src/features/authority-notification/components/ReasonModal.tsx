import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { apiMessagesOf, splitByField } from '../api/messages';

interface Props {
  opened: boolean;
  onClose: () => void;
  title: string;
  intro?: string;
  label: string;
  submitLabel: string;
  /** Minimum length after trimming (1 = just "not empty"). */
  minLength?: number;
  /** The request field the API names in its 400 messages. */
  field?: string;
  color?: string;
  pending: boolean;
  onSubmit: (reason: string, callbacks: { onSuccess: () => void; onError: (error: unknown) => void }) => void;
}

/** A dialog asking for a reason (reject, withdraw, not-required rationale …), showing the API's answer. */
export function ReasonModal({
  opened,
  onClose,
  title,
  intro,
  label,
  submitLabel,
  minLength = 1,
  field = 'reason',
  color,
  pending,
  onSubmit,
}: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);

  const close = () => {
    setReason('');
    setFieldError(null);
    setOtherErrors([]);
    onClose();
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed.length < minLength) {
      setFieldError(
        minLength > 1 ? t('apNotification.reason.tooShort', { min: minLength }) : t('apNotification.reason.required'),
      );
      return;
    }
    setFieldError(null);
    setOtherErrors([]);
    onSubmit(trimmed, {
      onSuccess: close,
      onError: (error) => {
        if (isApiError(error, 400)) {
          const { atField, rest } = splitByField(error, field, t);
          if (atField.length) setFieldError(atField.join(' '));
          setOtherErrors(rest);
        } else {
          setOtherErrors(apiMessagesOf(error, t));
        }
      },
    });
  };

  return (
    <Modal opened={opened} onClose={close} title={title} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {intro && (
            <Text size="sm" c="dimmed">
              {intro}
            </Text>
          )}
          {otherErrors.length > 0 && (
            <Alert
              role="alert"
              color="red"
              variant="light"
              icon={<IconAlertTriangle aria-hidden="true" />}
              title={t('apNotification.actionFailed')}
            >
              <List size="sm">
                {otherErrors.map((m) => (
                  <List.Item key={m}>{m}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Textarea
            label={label}
            description={minLength > 1 ? t('apNotification.reason.hint', { min: minLength }) : undefined}
            withAsterisk
            autosize
            minRows={3}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={color} loading={pending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
