import { Alert, Card, Divider, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import { Markdown } from '../../../shared/markdown/Markdown';
import { useCurrentUser } from '../../../shared/session/use-me';
import type { Breach } from '../../../shared/breaches/breach-types';
import { useLang } from '../../../shared/language/use-lang';
import { LoadError } from '../../../shared/ui/LoadError';
import type { Note } from '../api/notes-api';
import { useNotes } from '../hooks/use-notes';
import { NoteForm } from './NoteForm';

/** Who may write notes: everyone who may read the breach (the API says the same). */
const WRITERS = new Set(['officer', 'manager']);

/**
 * "Notities" on the breach page: the team's working notes, newest first, Markdown rendered inert
 * (shared/markdown), and a form to add one and mention colleagues while the breach is open.
 */
export function NotesSection({ breach }: { breach: Pick<Breach, 'id' | 'status'> }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const notes = useNotes(breach.id);
  const canWrite = WRITERS.has(me.role);

  return (
    <Card component="section" aria-labelledby="notes-title" id="notes">
      <Title order={2} fz="lg" id="notes-title" mb="md">
        {t('notes.title')}
      </Title>
      <Stack gap="md">
        {canWrite &&
          (breach.status === 'open' ? (
            <NoteForm breachId={breach.id} />
          ) : (
            <Alert color="gray" variant="light" icon={<IconLock aria-hidden="true" />}>
              {t('notes.closed')}
            </Alert>
          ))}
        {canWrite && <Divider />}
        {notes.isPending ? (
          <Stack gap="xs" aria-busy="true" aria-label={t('notes.loading')}>
            <Skeleton height={18} width="40%" />
            <Skeleton height={48} />
          </Stack>
        ) : notes.isError ? (
          <LoadError title={t('notes.loadFailed')} onRetry={() => void notes.refetch()} retrying={notes.isFetching} />
        ) : notes.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('notes.empty')}
          </Text>
        ) : (
          <Stack
            component="ul"
            gap="md"
            aria-label={t('notes.listLabel')}
            style={{ listStyle: 'none', margin: 0, padding: 0 }}
          >
            {notes.data.map((note) => (
              <NoteItem key={note.id} note={note} />
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function NoteItem({ note }: { note: Note }) {
  const { t } = useTranslation();
  const lang = useLang();
  const author = note.author.name || t('notes.unknownColleague');
  const headingId = `note-${note.id}`;
  return (
    <li>
      <article aria-labelledby={headingId}>
        <Group gap={6} wrap="wrap">
          <Text id={headingId} component="h3" fw={600} size="sm" m={0}>
            {author}
          </Text>
          <Text size="xs" c="dimmed">
            <time dateTime={note.createdAt}>{formatDateTime(note.createdAt, lang)}</time>
            {note.editedAt && ` · ${t('notes.edited', { time: formatDateTime(note.editedAt, lang) })}`}
          </Text>
        </Group>
        {note.mentions.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('notes.mentions', {
              names: note.mentions.map((m) => m.name || t('notes.unknownColleague')).join(', '),
            })}
          </Text>
        )}
        <Markdown source={note.body} />
      </article>
    </li>
  );
}
