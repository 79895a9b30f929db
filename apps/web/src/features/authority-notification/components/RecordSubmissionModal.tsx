import { Alert, Button, Group, List, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { formatDateTime } from '../../../i18n/format';
import { amsterdamLocalToIso, toAmsterdamLocal } from '../../breaches/amsterdam-time';
import { useLang } from '../../breaches/hooks/use-lang';
import type { AuthorityNotification } from '../api/authority-notification-api';
import { fieldErrorsOf } from '../../../api/field-errors';
import { apiMessagesOf } from '../api/messages';
import { useRecordSubmission } from '../hooks/use-authority-notification';

interface Props {
  breachId: string;
  notification: AuthorityNotification;
  opened: boolean;
  onClose: () => void;
}

type FieldErrors = Partial<Record<'apReference' | 'submittedAt' | 'delayReason', string>>;

/** Whether submitting at `iso` is after the AP deadline. */
export function isAfterDeadline(iso: string | null, dueAt: string | null): boolean {
  return iso !== null && dueAt !== null && Date.parse(iso) > Date.parse(dueAt);
}

/** "Indiening vastleggen": the AP's meldnummer and when the form was sent (Amsterdam time). */
export function RecordSubmissionModal({ breachId, notification, opened, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const record = useRecordSubmission(breachId);
  const [apReference, setApReference] = useState('');
  const [submittedAt, setSubmittedAt] = useState(() => toAmsterdamLocal(Date.now()));
  const [delayReason, setDelayReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);

  const iso = amsterdamLocalToIso(submittedAt);
  const late = isAfterDeadline(iso, notification.dueAt);

  const close = () => {
    setApReference('');
    setSubmittedAt(toAmsterdamLocal(Date.now()));
    setDelayReason('');
    setErrors({});
    setOtherErrors([]);
    record.reset();
    onClose();
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const next: FieldErrors = {};
    if (apReference.trim() === '') next.apReference = t('apNotification.record.apReferenceRequired');
    if (!iso) next.submittedAt = t('apNotification.record.submittedAtRequired');
    if (late && delayReason.trim() === '') next.delayReason = t('apNotification.record.delayReasonRequired');
    setErrors(next);
    setOtherErrors([]);
    if (Object.keys(next).length > 0 || !iso) return;
    record.mutate(
      { apReference: apReference.trim(), submittedAt: iso, delayReason: delayReason.trim() || null },
      {
        onSuccess: close,
        onError: (error) => {
          if (!isApiError(error, 400)) {
            setOtherErrors(apiMessagesOf(error, t));
            return;
          }
          // each problem on the field its path names, translated by its rule
          const { fields, other } = fieldErrorsOf(error, ['delayReason', 'submittedAt', 'apReference'] as const);
          setErrors(fields);
          setOtherErrors(other);
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={t('apNotification.record.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('apNotification.record.intro')}
          </Text>
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
          <TextInput
            label={t('apNotification.record.apReference')}
            description={t('apNotification.record.apReferenceHint')}
            withAsterisk
            value={apReference}
            onChange={(e) => setApReference(e.currentTarget.value)}
            error={errors.apReference}
            data-autofocus
          />
          <TextInput
            type="datetime-local"
            label={t('apNotification.record.submittedAt')}
            description={t('apNotification.amsterdamTime')}
            withAsterisk
            value={submittedAt}
            onChange={(e) => setSubmittedAt(e.currentTarget.value)}
            error={errors.submittedAt}
          />
          {notification.dueAt && (
            <Text size="xs" c={late ? 'red' : 'dimmed'}>
              {t(late ? 'apNotification.record.deadlinePassed' : 'apNotification.record.deadline', {
                time: formatDateTime(notification.dueAt, lang),
              })}
            </Text>
          )}
          {(late || errors.delayReason) && (
            <Textarea
              label={t('apNotification.record.delayReason')}
              description={t('apNotification.record.delayReasonHint')}
              withAsterisk
              autosize
              minRows={3}
              value={delayReason}
              onChange={(e) => setDelayReason(e.currentTarget.value)}
              error={errors.delayReason}
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('apNotification.record.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
