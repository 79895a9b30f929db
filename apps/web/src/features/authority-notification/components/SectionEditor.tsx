import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../api/types';
import { ApiErrorAlert } from '../../../shared/errors/ApiErrorList';
import type { AuthorityNotification, SectionAnswers } from '../api/authority-notification-api';
import { shownErrorsOf } from '../../../shared/errors/translate-api-error';
import {
  applicableFields,
  changedAnswers,
  type SectionDefinition,
  sectionAnswers,
  sectionTitleKey,
} from '../form-model';
import { useSaveSection } from '../hooks/use-authority-notification';
import { AnswerField, AnswerView, isInvalidAnswer } from './AnswerField';

interface Props {
  breachId: string;
  notification: AuthorityNotification;
  section: SectionDefinition;
  editable: boolean;
  lang: Language;
  /** Told whenever this section gets or loses unsaved answers, so submitting can warn about them. */
  onDirtyChange?: (section: string, dirty: boolean) => void;
}

/**
 * One section of the AP form: inputs for the officer while the notification is a draft (saving
 * sends only this section's changed answers), otherwise the answers read-only.
 */
export function SectionEditor({ breachId, notification, section, editable, lang, onDirtyChange }: Props) {
  const { t } = useTranslation();
  const initial = sectionAnswers(notification.content, section.key);
  const [edits, setEdits] = useState<SectionAnswers>({});
  // set when saving was refused because a date and time is not a moment yet
  const [blocked, setBlocked] = useState(false);
  const save = useSaveSection(breachId);
  const current = { ...initial, ...edits };
  const fields = applicableFields(section, notification.content, edits, notification.late);
  const dirty = editable && Object.keys(changedAnswers(initial, current)).length > 0;
  useEffect(() => {
    onDirtyChange?.(section.key, dirty);
  }, [dirty, onDirtyChange, section.key]);
  useEffect(() => () => onDirtyChange?.(section.key, false), [onDirtyChange, section.key]);

  if (!editable) {
    return (
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm" m={0}>
        {fields.map((f) => (
          <AnswerView key={f.key} section={section.key} field={f} value={initial[f.key] ?? null} lang={lang} />
        ))}
      </SimpleGrid>
    );
  }

  const changed = changedAnswers(initial, current);
  // the API names the question by path ("content.<section>.<key>"); the text is translated by rule
  const shown = save.error ? shownErrorsOf(save.error, t) : [];
  const keyOf = (path: string) => path.split('.').at(-1) ?? '';
  const shownKeys = new Set<string>(fields.map((f) => f.key));
  const fieldError = (key: string) => {
    if (blocked && isInvalidAnswer(current[key])) return t('dateTime.errors.invalid');
    const hits = shown.filter((e) => keyOf(e.path) === key).map((e) => e.text);
    return hits.length ? hits.join(' ') : undefined;
  };
  // problems that name no question shown here go above the section
  const otherErrors = shown.filter((e) => !shownKeys.has(keyOf(e.path)));

  // mutateAsync, not mutate's callbacks: mutate's callbacks never run for a component that
  // unmounted meanwhile.
  const onSave = () => {
    if (Object.values(changed).some(isInvalidAnswer)) {
      setBlocked(true);
      return;
    }
    setBlocked(false);
    const message = t('apNotification.saved', { section: t(sectionTitleKey(section.key)) });
    save
      .mutateAsync({ section: section.key, answers: changed, version: notification.version })
      .then(() => {
        setEdits({});
        notifications.show({ color: 'green', message });
      })
      .catch(() => undefined); // shown from save.error
  };

  return (
    <Stack gap="md">
      <ApiErrorAlert title={t('errors.saveFailed')} errors={otherErrors} />
      {fields.map((f) => (
        <AnswerField
          key={f.key}
          section={section.key}
          field={f}
          value={current[f.key] ?? null}
          onChange={(value) => setEdits((prev) => ({ ...prev, [f.key]: value }))}
          error={fieldError(f.key)}
        />
      ))}
      <Group justify="flex-end" gap="sm">
        {dirty && (
          <Button
            variant="default"
            onClick={() => {
              setEdits({});
              setBlocked(false);
              save.reset();
            }}
          >
            {t('apNotification.undo')}
          </Button>
        )}
        <Button
          leftSection={<IconDeviceFloppy size={16} aria-hidden="true" />}
          disabled={!dirty}
          loading={save.isPending}
          onClick={onSave}
        >
          {t('apNotification.saveSection')}
        </Button>
      </Group>
    </Stack>
  );
}
