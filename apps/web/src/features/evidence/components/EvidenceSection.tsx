import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  CopyButton,
  FileButton,
  Group,
  Modal,
  Progress,
  Skeleton,
  Stack,
  Text,
  Textarea,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCopy, IconDownload, IconLock, IconTrash, IconUpload } from '@tabler/icons-react';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { formatDateTime } from '../../../i18n/format';
import { ShownErrorList } from '../../../shared/errors/ApiErrorList';
import { type ShownError, shownErrorsOf } from '../../../shared/errors/translate-api-error';
import { useCurrentUser } from '../../../shared/session/use-me';
import type { Breach } from '../../../shared/breaches/breach-types';
import { useLang } from '../../../shared/language/use-lang';
import { LoadError } from '../../../shared/ui/LoadError';
import { EVIDENCE_ACCEPT, type EvidenceFile, evidenceContentUrl } from '../api/evidence-api';
import { useDeleteEvidence, useEvidence, useEvidenceSettings, useUploadEvidence } from '../hooks/use-evidence';

/** Who may upload and download: those who may read the breach (the API says the same). */
const READERS = new Set(['officer', 'manager']);
const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;

/** "2,4 MB", "830 kB", "512 bytes" in the reader's language. */
export function formatSize(bytes: number, lang: string): string {
  const n = (v: number) => v.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${n(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${n(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}

const TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/gif': 'GIF',
  'image/webp': 'WebP',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.oasis.opendocument.text': 'OpenDocument',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument',
  'message/rfc822': 'E-mail',
  'text/plain': 'Text',
  'text/csv': 'CSV',
};

/**
 * "Bewijsstukken" on the breach page: files uploaded as evidence (police report, forensic report,
 * screenshots) with their SHA-256, a picker or drop area to add one while the breach is open, and
 * — for managers — delete with a reason (name, hash and reason stay in the audit trail).
 */
export function EvidenceSection({ breach }: { breach: Pick<Breach, 'id' | 'status'> }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const evidence = useEvidence(breach.id);
  const canUpload = READERS.has(me.role) && breach.status === 'open';

  return (
    <Card component="section" aria-labelledby="evidence-title" id="evidence">
      <Title order={2} fz="lg" id="evidence-title" mb={4}>
        {t('evidence.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('evidence.intro')}
      </Text>
      <Stack gap="md">
        {canUpload ? (
          <EvidenceUpload breachId={breach.id} />
        ) : (
          breach.status !== 'open' && (
            <Alert color="gray" variant="light" icon={<IconLock aria-hidden="true" />}>
              {t('evidence.closed')}
            </Alert>
          )
        )}
        {evidence.isPending ? (
          <Stack gap="xs" aria-busy="true" aria-label={t('evidence.loading')}>
            <Skeleton height={18} width="50%" />
            <Skeleton height={36} />
          </Stack>
        ) : evidence.isError ? (
          <LoadError
            title={t('evidence.loadFailed')}
            onRetry={() => void evidence.refetch()}
            retrying={evidence.isFetching}
          />
        ) : evidence.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('evidence.empty')}
          </Text>
        ) : (
          <Stack
            component="ul"
            gap="sm"
            aria-label={t('evidence.listLabel')}
            style={{ listStyle: 'none', margin: 0, padding: 0 }}
          >
            {evidence.data.map((file) => (
              <EvidenceItem key={file.id} file={file} canDelete={me.role === 'manager'} />
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function EvidenceUpload({ breachId }: { breachId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const settings = useEvidenceSettings();
  const upload = useUploadEvidence(breachId);
  const [problems, setProblems] = useState<ShownError[]>([]);
  const [dragging, setDragging] = useState(false);
  const maxBytes = settings.data?.maxBytes ?? DEFAULT_MAX_BYTES;
  const limit = formatSize(maxBytes, lang);

  const send = (file: File | null) => {
    if (!file || upload.isPending) return;
    setProblems([]);
    if (file.size > maxBytes) {
      setProblems([{ path: 'file', text: t('evidence.upload.tooLarge', { name: file.name, limit }) }]);
      return;
    }
    upload.mutate(file, {
      onSuccess: (saved) =>
        notifications.show({ color: 'green', message: t('evidence.upload.done', { name: saved.fileName }) }),
      onError: (error) => {
        if (isApiError(error, 413)) {
          setProblems([{ path: 'file', text: t('evidence.upload.tooLarge', { name: file.name, limit }) }]);
        } else if (isApiError(error, 415)) {
          setProblems([{ path: 'file', text: t('evidence.upload.wrongType', { name: file.name }) }]);
        } else {
          setProblems(shownErrorsOf(error, t, { file: t('evidence.upload.fileLabel') }));
        }
      },
    });
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    send(e.dataTransfer.files[0] ?? null);
  };

  return (
    <Stack gap="xs">
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="evidence-drop"
        style={{
          border: `1px dashed var(--mantine-color-${dragging ? 'blue-6' : 'gray-4'})`,
          borderRadius: 'var(--mantine-radius-md)',
          background: dragging ? 'var(--mantine-color-blue-0)' : undefined,
          padding: 'var(--mantine-spacing-md)',
        }}
      >
        <Group gap="sm" wrap="wrap">
          <FileButton onChange={send} accept={EVIDENCE_ACCEPT} disabled={upload.isPending}>
            {(props) => (
              <Button {...props} leftSection={<IconUpload size={16} aria-hidden="true" />} loading={upload.isPending}>
                {t('evidence.upload.choose')}
              </Button>
            )}
          </FileButton>
          <Text size="sm" c="dimmed" style={{ flex: '1 1 14rem' }}>
            {t('evidence.upload.hint', { limit })}
          </Text>
        </Group>
      </div>
      {upload.isPending && (
        <Progress
          value={Math.round(upload.progress * 100)}
          aria-label={t('evidence.upload.progress', { percent: Math.round(upload.progress * 100) })}
          animated
        />
      )}
      {problems.length > 0 && (
        <Alert role="alert" color="red" variant="light" title={t('evidence.upload.failed')}>
          <ShownErrorList errors={problems} />
        </Alert>
      )}
    </Stack>
  );
}

function EvidenceItem({ file, canDelete }: { file: EvidenceFile; canDelete: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [deleting, setDeleting] = useState(false);
  const type = TYPE_LABELS[file.mediaType] ?? file.mediaType;
  const uploader = file.uploadedBy.name || t('evidence.unknownColleague');
  const headingId = `evidence-${file.id}`;

  return (
    <li>
      <article
        aria-labelledby={headingId}
        style={{ borderBottom: '1px solid var(--mantine-color-gray-2)', paddingBottom: 'var(--mantine-spacing-xs)' }}
      >
        <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
          <Stack gap={2} style={{ minWidth: 0, flex: '1 1 16rem' }}>
            <Text id={headingId} component="h3" fw={600} size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
              {file.deleted ? (
                <Text component="span" td="line-through" c="dimmed" inherit>
                  {file.fileName}
                </Text>
              ) : (
                file.fileName
              )}
            </Text>
            <Text size="xs" c="dimmed">
              {type} · {formatSize(file.sizeBytes, lang)} · {t('evidence.uploadedBy', { name: uploader })}{' '}
              <time dateTime={file.uploadedAt}>{formatDateTime(file.uploadedAt, lang)}</time>
            </Text>
            <Group gap={4} wrap="nowrap">
              <Text size="xs" c="dimmed" ff="monospace" title={file.sha256}>
                SHA-256 {file.sha256.slice(0, 16)}…
              </Text>
              <CopyButton value={file.sha256}>
                {({ copied, copy }) => (
                  <Tooltip label={copied ? t('evidence.copied') : t('evidence.copyHash')} withArrow>
                    <ActionIcon
                      variant="subtle"
                      size="sm"
                      color={copied ? 'teal' : 'gray'}
                      onClick={copy}
                      aria-label={t('evidence.copyHashOf', { name: file.fileName })}
                    >
                      {copied ? <IconCheck size={14} aria-hidden="true" /> : <IconCopy size={14} aria-hidden="true" />}
                    </ActionIcon>
                  </Tooltip>
                )}
              </CopyButton>
            </Group>
            {file.deleted && (
              <Text size="xs" c="red.8">
                {t('evidence.deletedBy', {
                  name: file.deleted.by.name || t('evidence.unknownColleague'),
                  time: formatDateTime(file.deleted.at, lang),
                  reason: file.deleted.reason,
                })}
              </Text>
            )}
          </Stack>
          {file.deleted ? (
            <Badge color="gray" variant="light">
              {t('evidence.deleted')}
            </Badge>
          ) : (
            <Group gap="xs" wrap="nowrap">
              <Button
                component="a"
                href={evidenceContentUrl(file)}
                download={file.fileName}
                variant="light"
                size="xs"
                leftSection={<IconDownload size={14} aria-hidden="true" />}
                aria-label={t('evidence.downloadFile', { name: file.fileName })}
              >
                {t('evidence.download')}
              </Button>
              {canDelete && (
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  leftSection={<IconTrash size={14} aria-hidden="true" />}
                  onClick={() => setDeleting(true)}
                  aria-label={t('evidence.deleteFile', { name: file.fileName })}
                >
                  {t('evidence.delete')}
                </Button>
              )}
            </Group>
          )}
        </Group>
      </article>
      {canDelete && <DeleteEvidenceModal file={file} opened={deleting} onClose={() => setDeleting(false)} />}
    </li>
  );
}

function DeleteEvidenceModal({ file, opened, onClose }: { file: EvidenceFile; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteEvidence(file.breachId);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [other, setOther] = useState<ShownError[]>([]);

  const submit = () => {
    if (reason.trim() === '') return setError(t('evidence.deleteModal.reasonRequired'));
    setError(null);
    setOther([]);
    remove.mutate(
      { id: file.id, reason: reason.trim() },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('evidence.deleteModal.done', { name: file.fileName }) });
          setReason('');
          onClose();
        },
        onError: (e) => setOther(shownErrorsOf(e, t, { reason: t('evidence.deleteModal.reason') })),
      },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('evidence.deleteModal.title', { name: file.fileName })}>
      <Stack gap="sm">
        <Text size="sm">{t('evidence.deleteModal.explain')}</Text>
        <Textarea
          label={t('evidence.deleteModal.reason')}
          required
          autosize
          minRows={2}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={error}
          data-autofocus
        />
        {other.length > 0 && (
          <Alert role="alert" color="red" variant="light">
            <ShownErrorList errors={other} />
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('evidence.deleteModal.cancel')}
          </Button>
          <Button color="red" onClick={submit} loading={remove.isPending}>
            {t('evidence.deleteModal.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
