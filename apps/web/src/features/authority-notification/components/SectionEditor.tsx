import { Alert, Button, Group, List, SimpleGrid, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../api/types';
import type { AuthorityNotification, SectionAnswers } from '../api/authority-notification-api';
import { shownErrorsOf } from '../../../shared/errors/translate-api-error';
import { apiMessagesOf } from '../api/messages';
import {
  applicableFields,
  changedAnswers,
  type SectionDefinition,
  sectionAnswers,
  sectionTitleKey,
} from '../form-model';
import { useSaveSection } from '../hooks/use-authority-notification';
import { AnswerField, AnswerView } from './AnswerField';

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
  const messages = save.error ? apiMessagesOf(save.error, t) : [];
  // the API names the question by path ("content.<section>.<key>"); the text is translated by rule
  const shown = save.error ? shownErrorsOf(save.error, t) : [];
  const fieldError = (key: string) => {
    const hits = shown.filter((e) => e.path.split('.').at(-1) === key).map((e) => e.text);
    return hits.length ? hits.join(' ') : undefined;
  };

  // mutateAsync, not mutate's callbacks: mutate's callbacks never run for a component that
  // unmounted meanwhile.
  const onSave = () => {
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
      {messages.length > 0 && (
        <Alert
          role="alert"
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden="true" />}
          title={t('errors.saveFailed')}
        >
          <List size="sm">
            {messages.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        </Alert>
      )}
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
