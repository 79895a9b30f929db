import { Alert, Button, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { fieldErrorsOf } from '../../../api/field-errors';
import { formatDateTime } from '../../../i18n/format';
import { useLang } from '../../../shared/language/use-lang';
import { LoadError } from '../../../shared/ui/LoadError';
import { DetailDrawer, DetailDrawerHeader, DetailDrawerSkeleton } from '../../../shared/ui/DetailDrawer';
import type { Notice } from '../api/notices-api';
import { noticeErrorText } from '../api/notice-error';
import { useNotice, useUpdateNotice } from '../hooks/use-notices';
import { NoticeStatusBadge, RecipientKindBadge } from './NoticeStatusBadge';
import { MessagePreview } from '../../../shared/mail/MessagePreview';

/** One notice as the customer receives it; a draft's subject and text can be edited. */
export function NoticeDrawer({ id, canEdit, onClose }: { id: string | null; canEdit: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <DetailDrawer id={id} title={t('notices.drawerTitle')} onClose={onClose}>
      {(shown) => <NoticeContent id={shown} canEdit={canEdit} />}
    </DetailDrawer>
  );
}

function NoticeContent({ id, canEdit }: { id: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const notice = useNotice(id);
  const [editing, setEditing] = useState(false);

  if (notice.isPending) {
    return <DetailDrawerSkeleton />;
  }
  if (notice.isError) return <LoadError onRetry={() => void notice.refetch()} retrying={notice.isFetching} />;
  const n = notice.data;
  const when = (iso: string | null) => (iso ? formatDateTime(iso, lang) : '—');
  const rows: [string, React.ReactNode][] = [
    [t('notices.columns.customer'), n.customerName],
    [
      t('notices.columns.recipient'),
      <Group key="r" gap={6} wrap="wrap">
        <span>{`${n.recipient.name} <${n.recipient.email}>`}</span>
        <RecipientKindBadge kind={n.recipient.kind} />
      </Group>,
    ],
    [t('notices.columns.language'), t(`language.names.${n.language}`)],
    [t('notices.columns.status'), <NoticeStatusBadge key="s" status={n.status} />],
    [t('notices.columns.sentAt'), when(n.sentAt)],
    [
      t('notices.columns.acknowledgedAt'),
      n.acknowledgedAt ? `${when(n.acknowledgedAt)}${n.acknowledgedByName ? ` (${n.acknowledgedByName})` : ''}` : '—',
    ],
    [
      t('notices.portalLink'),
      n.portalLinkActive
        ? t('notices.portalLinkActive', { date: when(n.tokenExpiresAt) })
        : n.status === 'draft'
          ? t('notices.portalLinkNone')
          : t('notices.portalLinkInactive'),
    ],
  ];

  const editable = canEdit && n.status === 'draft';

  return (
    <Stack gap="md">
      <DetailDrawerHeader heading={n.subject} rows={rows} labelWidth={130} />
      {editable && !editing && (
        <Group>
          <Button variant="light" onClick={() => setEditing(true)}>
            {t('notices.edit')}
          </Button>
        </Group>
      )}
      {editable && editing ? (
        <NoticeEditForm notice={n} onDone={() => setEditing(false)} />
      ) : (
        <MessagePreview
          html={n.html}
          text={n.text}
          frameTitle={t('notices.htmlFrameTitle', { subject: n.subject })}
          htmlLabel={t('notices.html')}
          textLabel={t('notices.text')}
        />
      )}
    </Stack>
  );
}

function NoticeEditForm({ notice, onDone }: { notice: Notice; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateNotice();
  const [subject, setSubject] = useState(notice.subject);
  const [text, setText] = useState(notice.text);
  const [localError, setLocalError] = useState<{
    subject?: string;
    text?: string;
  }>({});

  const apiErrors =
    update.error && isApiError(update.error) && update.error.status === 400
      ? fieldErrorsOf(update.error, ['subject', 'text'] as const)
      : null;
  const otherError = update.error && !apiErrors ? noticeErrorText(update.error, t) : apiErrors?.other.join(' ') || null;

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const errors = {
      subject: subject.trim() ? undefined : t('notices.errors.subjectRequired'),
      text: text.trim() ? undefined : t('notices.errors.textRequired'),
    };
    setLocalError(errors);
    if (errors.subject || errors.text) return;
    update.mutate(
      { id: notice.id, body: { subject: subject.trim(), text } },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('notices.saved') });
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('notices.subject')}
          value={subject}
          onChange={(e) => setSubject(e.currentTarget.value)}
          required
          maxLength={300}
          error={localError.subject ?? apiErrors?.fields.subject}
        />
        <Textarea
          label={t('notices.textLabel')}
          description={t('notices.textHint')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          required
          autosize
          minRows={12}
          maxRows={30}
          error={localError.text ?? apiErrors?.fields.text}
          styles={{
            input: { fontFamily: 'var(--mantine-font-family-monospace)' },
          }}
        />
        {otherError && (
          <Alert
            role="alert"
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden="true" />}
            title={t('errors.saveFailed')}
          >
            {otherError}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={update.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
