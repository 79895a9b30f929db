import { Button, Fieldset, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { fieldErrorsOf } from '../../../api/field-errors';
import { ApiErrorAlert } from '../../../shared/errors/ApiErrorList';
import { type ShownError, shownErrorsOf } from '../../../shared/errors/translate-api-error';
import type { AuthorityNotification, SectionAnswers } from '../api/authority-notification-api';
import { AP_FORM, applicableFields, changedAnswers, sectionAnswers, sectionTitleKey } from '../form-model';
import { useAddFollowUp } from '../hooks/use-authority-notification';
import { AnswerField, isInvalidAnswer } from './AnswerField';

export const MIN_FOLLOW_UP_DESCRIPTION = 10;

interface Props {
  breachId: string;
  notification: AuthorityNotification;
  opened: boolean;
  onClose: () => void;
}

/** Only the answers that differ from the submitted notification, per section. */
function changesOf(
  content: Record<string, unknown>,
  edits: Record<string, SectionAnswers>,
): Record<string, SectionAnswers> | undefined {
  const out: Record<string, SectionAnswers> = {};
  for (const [section, answers] of Object.entries(edits)) {
    const initial = sectionAnswers(content, section);
    const changed = changedAnswers(initial, { ...initial, ...answers });
    if (Object.keys(changed).length) out[section] = changed;
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * "Vervolgmelding" (GDPR art. 33(4)): what is new or changed, and why, and optionally the
 * corrected answers per section of the form, so the record shows exactly what changed.
 */
export function FollowUpModal({ breachId, notification, opened, onClose }: Props) {
  const { t } = useTranslation();
  const add = useAddFollowUp(breachId);
  const [description, setDescription] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{
    description?: string;
    reason?: string;
  }>({});
  const [otherErrors, setOtherErrors] = useState<ShownError[]>([]);
  // set when submitting was refused because a date and time is not a moment yet
  const [invalidMoment, setInvalidMoment] = useState(false);
  const [section, setSection] = useState<string | null>(null);
  const [edits, setEdits] = useState<Record<string, SectionAnswers>>({});
  const { content } = notification;
  const changes = changesOf(content, edits);
  const definition = AP_FORM.find((s) => s.key === section);

  const close = () => {
    setDescription('');
    setReason('');
    setSection(null);
    setEdits({});
    setErrors({});
    setOtherErrors([]);
    setInvalidMoment(false);
    add.reset();
    onClose();
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (description.trim().length < MIN_FOLLOW_UP_DESCRIPTION) {
      next.description = t('apNotification.reason.tooShort', {
        min: MIN_FOLLOW_UP_DESCRIPTION,
      });
    }
    if (reason.trim() === '') next.reason = t('apNotification.reason.required');
    const invalid = Object.values(changes ?? {}).some((answers) => Object.values(answers).some(isInvalidAnswer));
    setErrors(next);
    // the moment may be in a section that is not open now: say it above the form too
    setOtherErrors(invalid ? [{ path: '', text: t('dateTime.errors.invalid') }] : []);
    setInvalidMoment(invalid);
    if (Object.keys(next).length || invalid) return;
    add.mutate(
      {
        description: description.trim(),
        reason: reason.trim(),
        ...(changes ? { changes } : {}),
      },
      {
        onSuccess: close,
        onError: (error) => {
          if (!isApiError(error, 400)) return setOtherErrors(shownErrorsOf(error, t));
          // each problem on the field its path names, translated by its rule
          const { fields, otherErrors: other } = fieldErrorsOf(error, ['description', 'reason'] as const);
          setErrors(fields);
          setOtherErrors(other);
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
          <ApiErrorAlert title={t('apNotification.actionFailed')} errors={otherErrors} />
          <Textarea
            label={t('apNotification.followUp.description')}
            description={t('apNotification.reason.hint', {
              min: MIN_FOLLOW_UP_DESCRIPTION,
            })}
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
          <Fieldset legend={t('apNotification.followUp.changes')} variant="filled">
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('apNotification.followUp.changesHint')}
              </Text>
              <Select
                label={t('apNotification.followUp.section')}
                placeholder={t('apNotification.followUp.sectionPlaceholder')}
                data={AP_FORM.map((s) => ({
                  value: s.key,
                  label: `${s.number}. ${t(sectionTitleKey(s.key))}${changes?.[s.key] ? ` (${t('apNotification.followUp.changed')})` : ''}`,
                }))}
                value={section}
                onChange={setSection}
                clearable
              />
              {definition &&
                applicableFields(definition, content, edits[definition.key] ?? {}, notification.late).map((f) => {
                  const value =
                    {
                      ...sectionAnswers(content, definition.key),
                      ...edits[definition.key],
                    }[f.key] ?? null;
                  return (
                    <AnswerField
                      key={`${definition.key}.${f.key}`}
                      section={definition.key}
                      field={f}
                      value={value}
                      error={invalidMoment && isInvalidAnswer(value) ? t('dateTime.errors.invalid') : undefined}
                      onChange={(next) =>
                        setEdits((prev) => ({
                          ...prev,
                          [definition.key]: {
                            ...prev[definition.key],
                            [f.key]: next,
                          },
                        }))
                      }
                    />
                  );
                })}
              {changes && (
                <Text size="sm" role="status">
                  {t('apNotification.followUp.changedCount', {
                    count: Object.values(changes).reduce((n, a) => n + Object.keys(a).length, 0),
                  })}
                </Text>
              )}
            </Stack>
          </Fieldset>
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
