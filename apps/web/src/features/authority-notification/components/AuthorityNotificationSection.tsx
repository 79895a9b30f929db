import {
  Accordion,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  Skeleton,
  Stack,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconCheck,
  IconFileTypePdf,
  IconJson,
  IconPrinter,
  IconSend,
  IconSquareX,
  IconTimelineEvent,
  IconX,
} from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Language } from '../../../api/types';
import { formatDateTime } from '../../../i18n/format';
import type { Breach } from '../../../shared/breaches/breach-types';
import { useLang } from '../../../shared/language/use-lang';
import { useCurrentUser } from '../../../shared/session/use-me';
import { LoadError } from '../../../shared/ui/LoadError';
import { type ApState, type AuthorityNotification, apExportUrl } from '../api/authority-notification-api';
import { apiMessagesOf } from '../api/messages';
import { AP_FORM, sectionTitleKey } from '../form-model';
import {
  useApproveNotification,
  useAuthorityNotification,
  useRejectNotification,
  useSubmitForApproval,
  useWithdrawNotification,
} from '../hooks/use-authority-notification';
import { MissingAnswers, PhasedReasonsModal, UnsavedAnswersModal } from './ApprovalReadiness';
import { OverallCompleteness, SectionMeter } from './CompletenessMeter';
import { FollowUpModal } from './FollowUpModal';
import { ReasonModal } from './ReasonModal';
import { RecordSubmissionModal } from './RecordSubmissionModal';
import { SectionEditor } from './SectionEditor';

export const AP_STATE_COLORS: Record<ApState, string> = {
  draft: 'gray',
  awaiting_approval: 'orange',
  approved: 'blue',
  submitted: 'green',
  withdrawn: 'dark',
};

export function ApStateBadge({ state }: { state: ApState }) {
  const { t } = useTranslation();
  return (
    <Badge color={AP_STATE_COLORS[state]} variant="light" size="lg">
      {t(`apNotification.state.${state}`)}
    </Badge>
  );
}

/** "Melding aan de AP": the draft by section of the AP form, its approval and its submission. */
export function AuthorityNotificationSection({ breach }: { breach: Breach }) {
  const { t } = useTranslation();
  const notification = useAuthorityNotification(breach.id);
  return (
    <Card component="section" aria-labelledby="ap-notification-title">
      <Title order={2} fz="lg" id="ap-notification-title" mb="sm">
        {t('apNotification.title')}
      </Title>
      {notification.isPending ? (
        <Stack gap="xs" aria-busy="true">
          <Skeleton height={24} width="40%" />
          <Skeleton height={12} />
          <Skeleton height={120} />
        </Stack>
      ) : notification.isError ? (
        <LoadError onRetry={() => void notification.refetch()} retrying={notification.isFetching} />
      ) : (
        <NotificationView breach={breach} notification={notification.data} />
      )}
    </Card>
  );
}

type Dialog = 'reject' | 'record' | 'followUp' | 'withdraw' | 'unsaved' | 'phased' | null;

function NotificationView({ breach, notification }: { breach: Breach; notification: AuthorityNotification }) {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useCurrentUser();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [opened, setOpened] = useState<string[]>([]);
  // A section's inputs mount when it is first opened and stay, so collapsing keeps unsaved edits.
  const [visited, setVisited] = useState<ReadonlySet<string>>(new Set());
  const onSections = (value: string[]) => {
    setOpened(value);
    setVisited((prev) => new Set([...prev, ...value]));
  };
  const openSections = (keys: string[]) => onSections([...new Set([...opened, ...keys])]);
  // Sections with answers typed but not saved: submitting sends only what is saved.
  const [dirty, setDirty] = useState<ReadonlySet<string>>(new Set());
  const onDirtyChange = useCallback((section: string, isDirty: boolean) => {
    setDirty((prev) => {
      if (prev.has(section) === isDirty) return prev;
      const next = new Set(prev);
      if (isDirty) next.add(section);
      else next.delete(section);
      return next;
    });
  }, []);
  const [refused, setRefused] = useState(false);
  const submit = useSubmitForApproval(breach.id);
  const approve = useApproveNotification(breach.id);
  const reject = useRejectNotification(breach.id);
  const withdraw = useWithdrawNotification(breach.id);
  const { state } = notification;
  const isOfficer = me.role === 'officer';
  const isManager = me.role === 'manager';
  const open = breach.status === 'open';
  const editable = isOfficer && state === 'draft' && open;

  const phased = notification.content.notification.phased === true;
  const missing = notification.missingAnswers;
  /** After the unsaved-answers check: complete → submit; phased → reasons; otherwise refused here. */
  const submitChecked = () => {
    setDialog(null);
    if (missing.length === 0) submit.mutate(undefined);
    else if (phased) setDialog('phased');
    else {
      setRefused(true);
      openSections([...new Set(missing.map((p) => p.split('.')[0] ?? ''))]);
    }
  };
  const onSubmitClick = () => {
    approve.reset();
    submit.reset();
    if (dirty.size > 0) setDialog('unsaved');
    else submitChecked();
  };

  const actionError = submit.error ?? approve.error;
  const actionMessages = actionError ? apiMessagesOf(actionError, t) : [];
  const lastRejection = notification.rejections.at(-1);

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="xs" wrap="wrap">
          <ApStateBadge state={state} />
          {notification.dueAt && (
            <Text size="sm" c={notification.late && state !== 'submitted' && state !== 'withdrawn' ? 'red' : 'dimmed'}>
              {t('apNotification.dueAt', { time: formatDateTime(notification.dueAt, lang) })}
            </Text>
          )}
        </Group>
        <ExportLinks breachId={breach.id} lang={lang} />
      </Group>

      <OverallCompleteness {...notification.completeness} />

      {!notification.persisted && state === 'draft' && (
        <Text size="sm" c="dimmed">
          {t('apNotification.prefilled')}
        </Text>
      )}

      {state === 'draft' && lastRejection && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconArrowBackUp aria-hidden="true" />}
          title={t('apNotification.rejectedTitle')}
        >
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {lastRejection.reason}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            {t('apNotification.byAt', {
              name: lastRejection.rejectedBy.name,
              time: formatDateTime(lastRejection.rejectedAt, lang),
            })}
          </Text>
        </Alert>
      )}

      <StatusFacts notification={notification} lang={lang} />

      {state === 'draft' && refused && missing.length > 0 && !phased && (
        <MissingAnswers notification={notification} tone="refused" onOpenSection={(s) => openSections([s])} />
      )}
      {(state === 'awaiting_approval' || (state === 'draft' && phased)) && (
        <MissingAnswers notification={notification} tone="review" onOpenSection={(s) => openSections([s])} />
      )}

      {actionMessages.length > 0 && (
        <Alert
          role="alert"
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden="true" />}
          title={t('apNotification.actionFailed')}
        >
          <List size="sm">
            {actionMessages.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        </Alert>
      )}

      <Group gap="sm" wrap="wrap">
        {isOfficer && state === 'draft' && open && (
          <Button
            leftSection={<IconSend size={16} aria-hidden="true" />}
            loading={submit.isPending}
            onClick={onSubmitClick}
          >
            {t('apNotification.actions.submit')}
          </Button>
        )}
        {isManager && state === 'awaiting_approval' && (
          <>
            <Button
              color="green"
              leftSection={<IconCheck size={16} aria-hidden="true" />}
              loading={approve.isPending}
              disabled={!notification.readyForApproval}
              onClick={() => {
                submit.reset();
                approve.mutate();
              }}
            >
              {t('apNotification.actions.approve')}
            </Button>
            <Button
              color="red"
              variant="outline"
              leftSection={<IconX size={16} aria-hidden="true" />}
              onClick={() => setDialog('reject')}
            >
              {t('apNotification.actions.reject')}
            </Button>
          </>
        )}
        {(isOfficer || isManager) && state === 'approved' && (
          <Button leftSection={<IconSend size={16} aria-hidden="true" />} onClick={() => setDialog('record')}>
            {t('apNotification.actions.record')}
          </Button>
        )}
        {state === 'submitted' && isOfficer && (
          <Button
            variant="light"
            leftSection={<IconTimelineEvent size={16} aria-hidden="true" />}
            onClick={() => setDialog('followUp')}
          >
            {t('apNotification.actions.followUp')}
          </Button>
        )}
        {state === 'submitted' && (isOfficer || isManager) && (
          <Button
            variant="outline"
            color="red"
            leftSection={<IconSquareX size={16} aria-hidden="true" />}
            onClick={() => setDialog('withdraw')}
          >
            {t('apNotification.actions.withdraw')}
          </Button>
        )}
      </Group>
      {state === 'awaiting_approval' && isManager && !notification.readyForApproval && (
        <Text size="sm" c="red.8">
          {t('apReadiness.cannotApprove')}
        </Text>
      )}
      {state === 'awaiting_approval' && isOfficer && (
        <Text size="sm" c="dimmed">
          {t('apNotification.awaitingHint')}
        </Text>
      )}

      <Accordion variant="separated" multiple chevronPosition="left" value={opened} onChange={onSections}>
        {AP_FORM.map((section) => {
          const meter = notification.completeness.sections.find((s) => s.key === section.key);
          return (
            <Accordion.Item key={section.key} value={section.key}>
              <Accordion.Control>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm" fw={600} style={{ minWidth: 0 }}>
                    {section.number}. {t(sectionTitleKey(section.key))}
                  </Text>
                  {meter && <SectionMeter section={meter} />}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                {visited.has(section.key) && (
                  <SectionEditor
                    // Not keyed on the version: saving one section keeps unsaved answers in the others.
                    key={`${section.key}-${editable}`}
                    breachId={breach.id}
                    notification={notification}
                    section={section}
                    editable={editable}
                    lang={lang}
                    onDirtyChange={onDirtyChange}
                  />
                )}
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>

      <History notification={notification} lang={lang} />

      <UnsavedAnswersModal
        sections={[...dirty]}
        opened={dialog === 'unsaved'}
        onClose={() => setDialog(null)}
        onOpenSections={() => {
          setDialog(null);
          openSections([...dirty]);
        }}
        onSubmitAnyway={submitChecked}
      />
      {dialog === 'phased' && (
        <PhasedReasonsModal
          notification={notification}
          opened
          pending={submit.isPending}
          onClose={() => setDialog(null)}
          onSubmit={(reasons) => submit.mutate(reasons, { onSuccess: () => setDialog(null) })}
        />
      )}
      <ReasonModal
        opened={dialog === 'reject'}
        onClose={() => setDialog(null)}
        title={t('apNotification.reject.title')}
        intro={t('apNotification.reject.intro')}
        label={t('apNotification.reject.reason')}
        submitLabel={t('apNotification.actions.reject')}
        color="red"
        pending={reject.isPending}
        onSubmit={(reason, callbacks) => reject.mutate(reason, callbacks)}
      />
      <ReasonModal
        opened={dialog === 'withdraw'}
        onClose={() => setDialog(null)}
        title={t('apNotification.withdraw.title')}
        intro={t('apNotification.withdraw.intro')}
        label={t('apNotification.withdraw.reason')}
        submitLabel={t('apNotification.actions.withdraw')}
        color="red"
        pending={withdraw.isPending}
        onSubmit={(reason, callbacks) => withdraw.mutate(reason, callbacks)}
      />
      {state === 'approved' && (
        <RecordSubmissionModal
          breachId={breach.id}
          notification={notification}
          opened={dialog === 'record'}
          onClose={() => setDialog(null)}
        />
      )}
      <FollowUpModal
        breachId={breach.id}
        notification={notification}
        opened={dialog === 'followUp'}
        onClose={() => setDialog(null)}
      />
    </Stack>
  );
}

function ExportLinks({ breachId, lang }: { breachId: string; lang: Language }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="wrap">
      <Button
        component="a"
        href={apExportUrl(breachId, 'pdf', lang)}
        download
        variant="default"
        size="xs"
        leftSection={<IconFileTypePdf size={14} aria-hidden="true" />}
      >
        {t('apNotification.export.pdf')}
      </Button>
      <Button
        component="a"
        href={apExportUrl(breachId, 'json', lang)}
        download
        variant="default"
        size="xs"
        leftSection={<IconJson size={14} aria-hidden="true" />}
      >
        {t('apNotification.export.json')}
      </Button>
      <Button
        component={Link}
        to={`/breaches/${breachId}/ap-print`}
        variant="default"
        size="xs"
        leftSection={<IconPrinter size={14} aria-hidden="true" />}
      >
        {t('apNotification.export.print')}
      </Button>
    </Group>
  );
}

/** Who drafted and approved it; the AP's meldnummer and when it was submitted. */
function StatusFacts({ notification: n, lang }: { notification: AuthorityNotification; lang: Language }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [];
  if (n.draftedBy && n.draftedAt)
    rows.push([
      t('apNotification.facts.drafted'),
      t('apNotification.byAt', { name: n.draftedBy.name, time: formatDateTime(n.draftedAt, lang) }),
    ]);
  if (n.approvedBy && n.approvedAt)
    rows.push([
      t('apNotification.facts.approved'),
      t('apNotification.byAt', { name: n.approvedBy.name, time: formatDateTime(n.approvedAt, lang) }),
    ]);
  if (n.apReference) rows.push([t('apNotification.facts.apReference'), n.apReference]);
  if (n.submittedAt) rows.push([t('apNotification.facts.submittedAt'), formatDateTime(n.submittedAt, lang)]);
  if (n.submissionRecordedBy) rows.push([t('apNotification.facts.recordedBy'), n.submissionRecordedBy.name]);
  if (n.delayReason) rows.push([t('apNotification.facts.delayReason'), n.delayReason]);
  if (rows.length === 0) return null;
  return (
    <Stack component="dl" gap={6} m={0}>
      {rows.map(([label, value]) => (
        <Group key={label} gap="xs" align="baseline" wrap="wrap">
          <Text component="dt" size="sm" c="dimmed" miw={160}>
            {label}
          </Text>
          <Text
            component="dd"
            size="sm"
            fw={label === t('apNotification.facts.apReference') ? 700 : undefined}
            m={0}
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
          >
            {value}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/** Follow-ups, the withdrawal and rejections, oldest first. */
function History({ notification: n, lang }: { notification: AuthorityNotification; lang: Language }) {
  const { t } = useTranslation();
  type Entry = { at: string; title: string; body: string; by: string | null };
  const entries: Entry[] = [
    ...n.rejections.map((r) => ({
      at: r.rejectedAt,
      title: t('apNotification.history.rejected'),
      body: r.reason,
      by: r.rejectedBy.name,
    })),
    ...n.followUps.map((f) => ({
      at: f.createdAt,
      title: t('apNotification.history.followUp'),
      body: `${f.content.description}\n${t('apNotification.history.reason', { reason: f.content.reason })}`,
      by: f.createdBy.name,
    })),
    ...(n.withdrawnAt
      ? [{ at: n.withdrawnAt, title: t('apNotification.history.withdrawn'), body: n.withdrawReason ?? '', by: null }]
      : []),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="ap-history-title">
      <Title order={3} fz="md" id="ap-history-title" mb="sm">
        {t('apNotification.history.title')}
      </Title>
      <Timeline bulletSize={12} lineWidth={2} active={entries.length - 1}>
        {entries.map((e, i) => (
          <Timeline.Item key={`${e.at}-${i}`} title={e.title}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {e.body}
            </Text>
            <Text size="xs" c="dimmed">
              <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time>
              {e.by ? ` · ${e.by}` : ''}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </section>
  );
}
