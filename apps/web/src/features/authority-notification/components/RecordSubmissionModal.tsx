import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { fieldErrorsOf } from '../../../api/field-errors';
import { formatDateTime } from '../../../i18n/format';
import { DateTimeField } from '../../../shared/date-time/DateTimeField';
import { isoOfLocalValue, localValueOfInstant } from '../../../shared/date-time/date-time-text';
import { ApiErrorAlert } from '../../../shared/errors/ApiErrorList';
import { type ShownError, shownErrorsOf } from '../../../shared/errors/translate-api-error';
import { useLang } from '../../../shared/language/use-lang';
import type { AuthorityNotification } from '../api/authority-notification-api';
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
  const [submittedAt, setSubmittedAt] = useState(() => localValueOfInstant(Date.now()));
  const [delayReason, setDelayReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [otherErrors, setOtherErrors] = useState<ShownError[]>([]);

  // '' and a text that is no moment (INVALID_DATE_TIME) both give null: nothing to save
  const iso = isoOfLocalValue(submittedAt);
  const late = isAfterDeadline(iso, notification.dueAt);

  const close = () => {
    setApReference('');
    setSubmittedAt(localValueOfInstant(Date.now()));
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
            setOtherErrors(shownErrorsOf(error, t));
            return;
          }
          // each problem on the field its path names, translated by its rule
          const { fields, otherErrors: other } = fieldErrorsOf(error, [
            'delayReason',
            'submittedAt',
            'apReference',
          ] as const);
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
          <ApiErrorAlert title={t('apNotification.actionFailed')} errors={otherErrors} />
          <TextInput
            label={t('apNotification.record.apReference')}
            description={t('apNotification.record.apReferenceHint')}
            withAsterisk
            value={apReference}
            onChange={(e) => setApReference(e.currentTarget.value)}
            error={errors.apReference}
            data-autofocus
          />
          <DateTimeField
            name="submittedAt"
            label={t('apNotification.record.submittedAt')}
            description={t('apNotification.amsterdamTime')}
            withAsterisk
            value={submittedAt}
            onChange={setSubmittedAt}
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
