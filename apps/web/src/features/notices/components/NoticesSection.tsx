import {
  Alert,
  Anchor,
  Button,
  Card,
  CloseButton,
  Group,
  Pagination,
  Progress,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconChecklist,
  IconFilePlus,
  IconLinkOff,
  IconMailForward,
  IconRefresh,
  IconSearch,
  IconSend,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import { useCurrentUser } from '../../../shared/session/use-me';
import { useLang } from '../../../shared/language/use-lang';
import { LoadError } from '../../../shared/ui/LoadError';
import { MailDeliveryAlert } from '../../../shared/mail/MailDeliveryAlert';
import { filterNotices, type NoticeFilter, NOTICE_PAGE_SIZE, NOTICE_STATUSES } from '../api/notice-filter';
import type { NoticeSummary } from '../api/notices-api';
import { noticeErrorText } from '../api/notice-error';
import { sendProgress } from '../api/progress';
import {
  useBreachNotices,
  useFollowUpNotices,
  useGenerateNotices,
  useResendNotice,
  useRevokeNoticeToken,
  useSendNotices,
} from '../hooks/use-notices';
import { ConfirmDialog } from './ConfirmDialog';
import { NoticeDrawer } from './NoticeDrawer';
import { NoticeReviewModal } from './NoticeReviewModal';
import { ReviewStateBadge } from './ReviewStateBadge';
import { NoticeStatusBadge, RecipientKindBadge } from './NoticeStatusBadge';

type Notice = NoticeSummary;
type Pending =
  | { kind: 'sendAll' }
  | { kind: 'followUp' }
  | { kind: 'resend'; notice: Notice }
  | { kind: 'revoke'; notice: Notice };

/** "Kennisgevingen aan klanten": one notice per affected customer, drafted, sent and tracked. */
export function NoticesSection({ breachId }: { breachId: string }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const canAct = me.role === 'officer';
  const notices = useBreachNotices(breachId);
  const generate = useGenerateNotices(breachId);
  const send = useSendNotices(breachId);
  const followUp = useFollowUpNotices(breachId);
  const [reviewing, setReviewing] = useState(false);
  const resend = useResendNotice();
  const revoke = useRevokeNoticeToken();
  const [openId, setOpenId] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  /** The notices of the last send run, watched until none of them is queued. */
  const [batch, setBatch] = useState<ReadonlySet<string> | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const list = notices.data ?? [];
  const drafts = list.filter((n) => n.status === 'draft');
  const reviewed = drafts.filter((n) => n.reviewState === 'reviewed');
  const outdated = drafts.filter((n) => n.reviewState === 'outdated');
  const delivered = list.filter((n) => n.status === 'sent' || n.status === 'acknowledged');
  const progress = batch ? sendProgress(list, batch) : null;
  const busy = send.isPending || resend.isPending || revoke.isPending || followUp.isPending;

  const onGenerate = () => {
    setActionError(null);
    generate.mutate(undefined, {
      onSuccess: (r) =>
        notifications.show({
          color: 'green',
          message: t('notices.generated', {
            generated: r.generated,
            skipped: r.skipped,
            removed: r.removed,
          }),
        }),
      onError: (e) => setActionError(noticeErrorText(e, t)),
    });
  };

  const onConfirm = () => {
    if (!pending) return;
    setActionError(null);
    const done = () => setPending(null);
    const fail = (e: unknown) => {
      setActionError(noticeErrorText(e, t));
      setPending(null);
    };
    if (pending.kind === 'sendAll') {
      const ids = new Set(reviewed.map((n) => n.id));
      send.mutate(undefined, {
        onSuccess: (r) => {
          setBatch(ids);
          notifications.show({
            color: r.skipped > 0 ? 'orange' : 'blue',
            message:
              t('notices.sendQueued', { count: r.queued }) +
              (r.skipped > 0 ? ` ${t('noticeReview.sendSkipped', { count: r.skipped, ...r.skippedReasons })}` : ''),
          });
          done();
        },
        onError: fail,
      });
    } else if (pending.kind === 'followUp') {
      followUp.mutate(undefined, {
        onSuccess: (r) => {
          notifications.show({ color: 'green', message: t('noticeReview.followUpDrafted', { count: r.generated }) });
          done();
        },
        onError: fail,
      });
    } else if (pending.kind === 'resend') {
      const id = pending.notice.id;
      resend.mutate(id, {
        onSuccess: () => {
          setBatch(new Set([id]));
          notifications.show({
            color: 'blue',
            message: t('notices.resent', {
              customer: pending.notice.customerName,
            }),
          });
          done();
        },
        onError: fail,
      });
    } else {
      revoke.mutate(pending.notice.id, {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            message: t('notices.revoked', {
              customer: pending.notice.customerName,
            }),
          });
          done();
        },
        onError: fail,
      });
    }
  };

  const confirmText =
    pending?.kind === 'sendAll'
      ? {
          title: t('noticeReview.confirmSend.title'),
          body: `${t('notices.confirmSend.body', { count: reviewed.length })} ${
            drafts.length > reviewed.length
              ? t('noticeReview.confirmSend.skipped', { count: drafts.length - reviewed.length })
              : ''
          }`,
          label: t('noticeReview.sendReviewed', { count: reviewed.length }),
          color: undefined,
        }
      : pending?.kind === 'followUp'
        ? {
            title: t('noticeReview.confirmFollowUp.title'),
            body: t('noticeReview.confirmFollowUp.body', {
              count: delivered.filter(
                (n) => !list.some((o) => o.customerId === n.customerId && o.sequence > n.sequence),
              ).length,
            }),
            label: t('noticeReview.followUp'),
            color: undefined,
          }
        : pending?.kind === 'resend'
          ? {
              title: t('notices.confirmResend.title'),
              body: t('notices.confirmResend.body', {
                customer: pending.notice.customerName,
                email: pending.notice.recipient.email,
              }),
              label: t('notices.resend'),
              color: undefined,
            }
          : pending?.kind === 'revoke'
            ? {
                title: t('notices.confirmRevoke.title'),
                body: t('notices.confirmRevoke.body', {
                  customer: pending.notice.customerName,
                }),
                label: t('notices.revoke'),
                color: 'red',
              }
            : null;

  return (
    <Card component="section" aria-labelledby="notices-title">
      <Group justify="space-between" align="flex-start" mb="sm" gap="sm">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 240px' }}>
          <Title order={2} fz="lg" id="notices-title">
            {t('notices.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {canAct ? t('notices.description') : t('notices.readOnly')}
          </Text>
        </Stack>
        {canAct && (
          <Group gap="xs">
            <Button
              variant="light"
              leftSection={<IconFilePlus size={16} aria-hidden="true" />}
              loading={generate.isPending}
              onClick={onGenerate}
            >
              {t('notices.generate')}
            </Button>
            <Button
              variant="light"
              leftSection={<IconChecklist size={16} aria-hidden="true" />}
              disabled={drafts.length === 0}
              onClick={() => setReviewing(true)}
            >
              {t('noticeReview.open', { count: drafts.length })}
            </Button>
            <Button
              leftSection={<IconSend size={16} aria-hidden="true" />}
              disabled={reviewed.length === 0}
              onClick={() => setPending({ kind: 'sendAll' })}
            >
              {t('noticeReview.sendReviewed', { count: reviewed.length })}
            </Button>
            <Button
              variant="light"
              leftSection={<IconMailForward size={16} aria-hidden="true" />}
              disabled={delivered.length === 0}
              onClick={() => setPending({ kind: 'followUp' })}
            >
              {t('noticeReview.followUp')}
            </Button>
          </Group>
        )}
      </Group>

      <MailDeliveryAlert />

      {actionError && (
        <Alert
          role="alert"
          color="red"
          variant="light"
          mb="sm"
          icon={<IconAlertTriangle aria-hidden="true" />}
          title={t('notices.actionFailed')}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setActionError(null)}
        >
          {actionError}
        </Alert>
      )}

      {canAct && outdated.length > 0 && (
        <Alert color="orange" variant="light" mb="sm" icon={<IconAlertTriangle aria-hidden="true" />}>
          <Group justify="space-between" gap="xs">
            <Text size="sm">{t('noticeReview.outdatedAlert', { count: outdated.length })}</Text>
            <Button size="compact-sm" variant="light" color="orange" loading={generate.isPending} onClick={onGenerate}>
              {t('noticeReview.redraft')}
            </Button>
          </Group>
        </Alert>
      )}

      {progress && progress.total > 0 && (
        <SendProgressBar
          done={progress.done}
          total={progress.total}
          failed={progress.failed}
          onDismiss={progress.queued === 0 ? () => setBatch(null) : undefined}
        />
      )}

      {notices.isPending ? (
        <Stack gap="xs" aria-busy="true">
          <Skeleton height={40} />
          <Skeleton height={40} />
        </Stack>
      ) : notices.isError ? (
        <LoadError onRetry={() => void notices.refetch()} retrying={notices.isFetching} />
      ) : list.length === 0 ? (
        <Text size="sm" c="dimmed">
          {canAct ? t('notices.noneOfficer') : t('notices.none')}
        </Text>
      ) : (
        <NoticesTable
          notices={list}
          canAct={canAct}
          busy={busy}
          onOpen={setOpenId}
          onResend={(notice) => setPending({ kind: 'resend', notice })}
          onRevoke={(notice) => setPending({ kind: 'revoke', notice })}
        />
      )}

      <NoticeDrawer id={openId} canEdit={canAct} onClose={() => setOpenId(null)} />
      {reviewing && <NoticeReviewModal breachId={breachId} drafts={drafts} onClose={() => setReviewing(false)} />}
      {confirmText && (
        <ConfirmDialog
          opened
          title={confirmText.title}
          body={confirmText.body}
          confirmLabel={confirmText.label}
          color={confirmText.color}
          loading={busy}
          onConfirm={onConfirm}
          onClose={() => setPending(null)}
        />
      )}
    </Card>
  );
}

function SendProgressBar({
  done,
  total,
  failed,
  onDismiss,
}: {
  done: number;
  total: number;
  failed: number;
  onDismiss?: () => void;
}) {
  const { t } = useTranslation();
  const finished = done >= total;
  const label = t('notices.progress', { done, total });
  return (
    <Stack gap={4} mb="md" role="status" aria-live="polite">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={600}>
          {label}
          {failed > 0 ? ` · ${t('notices.progressFailed', { count: failed })}` : ''}
          {finished ? ` · ${t('notices.progressDone')}` : ''}
        </Text>
        {onDismiss && <CloseButton size="sm" aria-label={t('notices.progressDismiss')} onClick={onDismiss} />}
      </Group>
      <Progress
        value={total === 0 ? 0 : (done / total) * 100}
        color={failed > 0 ? 'orange' : finished ? 'green' : 'blue'}
        animated={!finished}
        aria-label={label}
      />
    </Stack>
  );
}

interface NoticesTableProps {
  notices: readonly Notice[];
  canAct: boolean;
  busy: boolean;
  onOpen: (id: string) => void;
  onResend: (notice: Notice) => void;
  onRevoke: (notice: Notice) => void;
}

function NoticesTable({ notices, canAct, busy, onOpen, onResend, onRevoke }: NoticesTableProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const time = (iso: string | null) => (iso ? <time dateTime={iso}>{formatDateTime(iso, lang)}</time> : '—');
  const [filter, setFilter] = useState<NoticeFilter>({
    status: 'all',
    query: '',
    page: 1,
  });
  const view = filterNotices(notices, filter, lang);
  const sorted = view.rows;
  const from = view.matching === 0 ? 0 : (view.page - 1) * NOTICE_PAGE_SIZE + 1;
  const statusOptions = [
    { value: 'all', label: t('notices.filter.all', { count: notices.length }) },
    ...NOTICE_STATUSES.map((s) => ({
      value: s,
      label: `${t(`notices.status.${s}`)} (${view.counts[s]})`,
    })),
  ];
  return (
    <Stack gap="sm">
      {notices.length > 10 && (
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('notices.filter.status')}
            data={statusOptions}
            value={filter.status}
            onChange={(v) =>
              setFilter((f) => ({
                ...f,
                status: (v ?? 'all') as NoticeFilter['status'],
                page: 1,
              }))
            }
            allowDeselect={false}
            w={220}
          />
          <TextInput
            label={t('notices.filter.search')}
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            value={filter.query}
            onChange={(e) => {
              const query = e.currentTarget.value;
              setFilter((f) => ({ ...f, query, page: 1 }));
            }}
            w={280}
          />
        </Group>
      )}
      {view.matching === 0 ? (
        <Text size="sm" c="dimmed" role="status">
          {t('notices.filter.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="xs" striped highlightOnHover>
            <Table.Caption>{t('notices.tableCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('notices.columns.customer')}</Table.Th>
                <Table.Th scope="col" miw={200}>
                  {t('notices.columns.recipient')}
                </Table.Th>
                <Table.Th scope="col">{t('notices.columns.language')}</Table.Th>
                <Table.Th scope="col" miw={120}>
                  {t('notices.columns.status')}
                </Table.Th>
                <Table.Th scope="col">{t('notices.columns.sentAt')}</Table.Th>
                <Table.Th scope="col">{t('notices.columns.acknowledgedAt')}</Table.Th>
                <Table.Th scope="col">{t('notices.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((n) => (
                <Table.Tr key={n.id}>
                  <Table.Td>
                    <Anchor component="button" type="button" size="sm" fw={600} onClick={() => onOpen(n.id)} ta="left">
                      {n.customerName}
                    </Anchor>
                    {n.kind === 'supplementary' && (
                      <Text size="xs" c="dimmed">
                        {t('noticeReview.supplementaryN', { n: n.sequence })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Group gap={6} wrap="wrap">
                        <Text size="sm">{n.recipient.name}</Text>
                        <RecipientKindBadge kind={n.recipient.kind} />
                      </Group>
                      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {n.recipient.email}
                      </Text>
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <abbr title={t(`language.names.${n.language}`)}>{n.language.toUpperCase()}</abbr>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      <NoticeStatusBadge status={n.status} />
                      <ReviewStateBadge state={n.reviewState} />
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{time(n.sentAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{time(n.acknowledgedAt)}</Text>
                    {n.acknowledgedByName && (
                      <Text size="xs" c="dimmed">
                        {t('notices.byName', { name: n.acknowledgedByName })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="wrap">
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        onClick={() => onOpen(n.id)}
                        aria-label={t('notices.viewNamed', {
                          customer: n.customerName,
                        })}
                      >
                        {n.status === 'draft' && canAct ? t('notices.viewEdit') : t('notices.view')}
                      </Button>
                      {canAct && n.status !== 'draft' && n.status !== 'queued' && (
                        <Button
                          size="compact-sm"
                          variant="light"
                          leftSection={<IconRefresh size={14} aria-hidden="true" />}
                          disabled={busy}
                          onClick={() => onResend(n)}
                          aria-label={t('notices.resendNamed', {
                            customer: n.customerName,
                          })}
                        >
                          {t('notices.resend')}
                        </Button>
                      )}
                      {canAct && n.portalLinkActive && (
                        <Button
                          size="compact-sm"
                          variant="light"
                          color="red"
                          leftSection={<IconLinkOff size={14} aria-hidden="true" />}
                          disabled={busy}
                          onClick={() => onRevoke(n)}
                          aria-label={t('notices.revokeNamed', {
                            customer: n.customerName,
                          })}
                        >
                          {t('notices.revoke')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {view.pages > 1 && (
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('notices.filter.range', {
              from,
              to: from + sorted.length - 1,
              total: view.matching,
            })}
          </Text>
          <Pagination
            total={view.pages}
            value={view.page}
            onChange={(page) => setFilter((f) => ({ ...f, page }))}
            size="sm"
            getControlProps={(control) => ({
              'aria-label': t(`notices.filter.${control}`),
            })}
            getItemProps={(page) => ({
              'aria-label': t('notices.filter.page', { page }),
            })}
          />
        </Group>
      )}
    </Stack>
  );
}
