import { Alert, Button, Group, List, Modal, Stack, Switch, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { fieldErrorsOf } from '../../../api/field-errors';
import type { AssessmentOutcome } from '../api/assessments-api';
import { errorMessagesOf } from '../api/error-messages';
import { useCreateAssessment } from '../hooks/use-assessments';

export const MIN_JUSTIFICATION = 10;

interface Values {
  authorityRequired: boolean;
  dataSubjectsRequired: boolean;
  justification: string;
}

interface Props {
  breachId: string;
  opened: boolean;
  onClose: () => void;
  /** The decision to start from: the latest assessment's final outcome, if any. */
  current: AssessmentOutcome | null;
  onSaved: () => void;
}

/** "Afwijken…": overrides the computed decision, with a justification kept in the audit trail. */
export function OverrideModal({ breachId, opened, onClose, current, onSaved }: Props) {
  const { t } = useTranslation();
  const create = useCreateAssessment(breachId);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      authorityRequired: current?.authority.required ?? true,
      dataSubjectsRequired: current?.dataSubjects.required ?? false,
      justification: '',
    },
    validate: {
      justification: (value) =>
        value.trim().length < MIN_JUSTIFICATION
          ? t('assessment.override.justificationTooShort', { min: MIN_JUSTIFICATION })
          : null,
    },
  });

  const close = () => {
    form.reset();
    setOtherErrors([]);
    create.reset();
    onClose();
  };

  const submit = form.onSubmit((values) => {
    setOtherErrors([]);
    create.mutate(
      { ...values, justification: values.justification.trim() },
      {
        onSuccess: () => {
          form.reset();
          onSaved();
          onClose();
        },
        onError: (error) => {
          if (isApiError(error, 400)) {
            // each problem translated, on the field its path names
            const { fields, other } = fieldErrorsOf(error, ['justification'] as const);
            if (fields.justification) form.setFieldError('justification', fields.justification);
            if (other.length || !fields.justification) setOtherErrors(other.length ? other : errorMessagesOf(error, t));
          } else {
            setOtherErrors(errorMessagesOf(error, t));
          }
        },
      },
    );
  });

  return (
    <Modal opened={opened} onClose={close} title={t('assessment.override.title')} size="lg" fullScreen={false}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('assessment.override.intro')}
          </Text>
          {otherErrors.length > 0 && (
            <Alert
              role="alert"
              color="red"
              variant="light"
              icon={<IconAlertTriangle aria-hidden="true" />}
              title={t('errors.saveFailed')}
            >
              <List size="sm">
                {otherErrors.map((m) => (
                  <List.Item key={m}>{m}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Switch
            label={t('assessment.override.authorityRequired')}
            {...form.getInputProps('authorityRequired', { type: 'checkbox' })}
          />
          <Switch
            label={t('assessment.override.dataSubjectsRequired')}
            {...form.getInputProps('dataSubjectsRequired', { type: 'checkbox' })}
          />
          <Textarea
            label={t('assessment.override.justification')}
            description={t('assessment.override.justificationHint', { min: MIN_JUSTIFICATION })}
            withAsterisk
            autosize
            minRows={3}
            {...form.getInputProps('justification')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('assessment.override.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
