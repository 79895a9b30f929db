import { Alert, Button, Group, List, SimpleGrid, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../api/types';
import type { AuthorityNotification, SectionAnswers } from '../api/authority-notification-api';
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
}

/**
 * One section of the AP form: inputs for the officer while the notification is a draft (saving
 * sends only this section's changed answers), otherwise the answers read-only.
 */
export function SectionEditor({ breachId, notification, section, editable, lang }: Props) {
  const { t } = useTranslation();
  const initial = sectionAnswers(notification.content, section.key);
  const [edits, setEdits] = useState<SectionAnswers>({});
  const save = useSaveSection(breachId);
  const current = { ...initial, ...edits };
  const fields = applicableFields(section, notification.content, edits, notification.late);

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
  const dirty = Object.keys(changed).length > 0;
  const messages = save.error ? apiMessagesOf(save.error, t) : [];
  const fieldError = (key: string) => {
    const hits = messages.filter((m) => new RegExp(`\\b${key}\\b`).test(m));
    return hits.length ? hits.join(' ') : undefined;
  };

  // mutateAsync, not mutate's callbacks: the saved version remounts this editor (keyed on the
  // version), and mutate's callbacks never run for an unmounted component.
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
