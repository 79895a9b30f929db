import { Button, Group, MultiSelect, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconNote } from '@tabler/icons-react';
import { type FormEvent, type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { fieldErrorsOf } from '../../../api/field-errors';
import { ApiErrorAlert } from '../../../shared/errors/ApiErrorList';
import { type ShownError, shownErrorsOf, translateFieldError } from '../../../shared/errors/translate-api-error';
import { Markdown } from '../../../shared/markdown/Markdown';
import { useCurrentUser } from '../../../shared/session/use-me';
import { useUserDirectory } from '../../../shared/users/use-user-directory';
import { MAX_NOTE_LENGTH, noteLength } from '../api/notes-api';
import { useAddNote } from '../hooks/use-notes';

/** Roles that may read a breach, and so may be mentioned on one (the API refuses others). */
const MENTIONABLE = new Set(['officer', 'manager']);

interface Problems {
  body?: string;
  mentionIds?: string;
  other: ShownError[];
}

/**
 * "Nieuwe notitie": Markdown in a textarea with a preview, and colleagues to mention (each gets a
 * mail). Ctrl+Enter (⌘+Enter) in the textarea posts the note.
 */
export function NoteForm({ breachId }: { breachId: string }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const directory = useUserDirectory();
  const add = useAddNote(breachId);
  const [body, setBody] = useState('');
  const [mentionIds, setMentionIds] = useState<string[]>([]);
  const [tab, setTab] = useState<string | null>('write');
  const [problems, setProblems] = useState<Problems>({ other: [] });

  const colleagues = (directory.data ?? []).filter((u) => MENTIONABLE.has(u.role) && u.id !== me.id);
  const options = colleagues.map((u) => ({ value: u.id, label: `${u.name} · ${t(`roles.${u.role}`)}` }));
  const nameOf = (id: string) => colleagues.find((u) => u.id === id)?.name ?? id;
  const length = noteLength(body);
  const labels = { body: t('notes.form.label'), mentionIds: t('notes.form.mentions') };

  /** The API's problems on their fields; a refused mention is named by the colleague it was about. */
  const problemsOf = (error: unknown, sent: string[]): Problems => {
    if (!isApiError(error)) return { other: shownErrorsOf(error, t) };
    const mapped = fieldErrorsOf(error, ['body', 'mentionIds'] as const, labels);
    const mentionLines = error.errors
      .map((e) => ({ e, index: /^mentionIds\.(\d+)$/.exec(e.path)?.[1] }))
      .filter((x) => x.index !== undefined)
      .map(({ e, index }) => `${nameOf(sent[Number(index)] ?? '')}: ${translateFieldError(e, t, labels).text}`);
    return {
      body: mapped.fields.body,
      mentionIds: mentionLines.length > 0 ? mentionLines.join(' ') : mapped.fields.mentionIds,
      other: mapped.otherErrors,
    };
  };

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (add.isPending) return;
    if (body.trim() === '') return setProblems({ body: t('notes.form.required'), other: [] });
    if (length > MAX_NOTE_LENGTH) {
      return setProblems({ body: t('apiErrors.rules.maxLength', { limit: MAX_NOTE_LENGTH }), other: [] });
    }
    setProblems({ other: [] });
    const sent = mentionIds;
    add.mutate(
      { body, ...(sent.length > 0 ? { mentionIds: sent } : {}) },
      {
        onSuccess: (note) => {
          setBody('');
          setMentionIds([]);
          setTab('write');
          notifications.show({
            color: 'green',
            message:
              note.mentions.length > 0
                ? t('notes.form.addedMentioned', { count: note.mentions.length })
                : t('notes.form.added'),
          });
        },
        onError: (error) => {
          setProblems(problemsOf(error, sent));
          // a colleague may have been deactivated since the list was loaded
          if (isApiError(error, 400)) void directory.refetch();
        },
      },
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
  };

  const mentionHint = directory.isError
    ? t('notes.form.mentionsLoadFailed')
    : directory.isPending
      ? t('notes.form.mentionsLoading')
      : t('notes.form.mentionsDescription');

  return (
    <form onSubmit={submit} noValidate aria-labelledby="note-form-title">
      <Stack gap="sm">
        <Text id="note-form-title" component="h3" fw={600} size="sm">
          {t('notes.form.title')}
        </Text>
        <ApiErrorAlert title={t('notes.form.failed')} errors={problems.other} />
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List aria-label={t('notes.form.tabs')}>
            <Tabs.Tab value="write">{t('notes.form.write')}</Tabs.Tab>
            <Tabs.Tab value="preview">{t('notes.form.preview')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="write" pt="xs">
            <Textarea
              label={t('notes.form.label')}
              description={t('notes.form.description')}
              placeholder={t('notes.form.placeholder')}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              onKeyDown={onKeyDown}
              autosize
              minRows={4}
              maxRows={16}
              required
              error={problems.body}
              inputWrapperOrder={['label', 'description', 'input', 'error']}
            />
            <Text size="xs" c={length > MAX_NOTE_LENGTH ? 'red' : 'dimmed'} ta="right" mt={4} aria-live="polite">
              {t('notes.form.length', {
                count: length,
                max: MAX_NOTE_LENGTH.toLocaleString(i18n.language),
              })}
            </Text>
          </Tabs.Panel>
          <Tabs.Panel value="preview" pt="xs">
            {body.trim() === '' ? (
              <Text size="sm" c="dimmed">
                {t('notes.form.previewEmpty')}
              </Text>
            ) : (
              <Markdown source={body} />
            )}
            {problems.body && (
              <Text size="xs" c="red" role="alert">
                {problems.body}
              </Text>
            )}
          </Tabs.Panel>
        </Tabs>
        <MultiSelect
          label={t('notes.form.mentions')}
          description={mentionHint}
          placeholder={mentionIds.length === 0 ? t('notes.form.mentionsPlaceholder') : undefined}
          data={options}
          value={mentionIds}
          onChange={setMentionIds}
          searchable
          clearable
          hidePickedOptions
          nothingFoundMessage={t('notes.form.mentionsNothingFound')}
          disabled={directory.isError}
          error={problems.mentionIds}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={add.isPending} leftSection={<IconNote size={16} aria-hidden="true" />}>
            {t('notes.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
