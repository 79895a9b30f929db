import { Anchor, Badge, Card, Group, Skeleton, Stack, Tabs, Text, Timeline, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useDeferredValue, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { isApiError } from '../../../api/api-error';
import { formatDateTime } from '../../../i18n/format';
import { AssessmentSection } from '../../assessment/components/AssessmentSection';
import { AuditLogLink } from '../../audit/components/AuditLogLink';
import { AuthorityNotificationSection } from '../../authority-notification/components/AuthorityNotificationSection';
import { NotRequiredAction } from '../../authority-notification/components/NotRequiredAction';
import { DataSubjectsAction } from '../../obligations/components/DataSubjectsAction';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { EscalationsSection } from '../../escalations/components/EscalationsSection';
import { BreachMailSection } from '../../mail/components/BreachMailSection';
import { NoticesSection } from '../../notices/components/NoticesSection';
import { NotesSection } from '../../notes/components/NotesSection';
import { TasksSection } from '../../tasks/components/TasksSection';
import { useTasks } from '../../tasks/hooks/use-tasks';
import { BREACH_TABS, type BreachTab, breachTabPath, isBreachTab, tabOfLocation } from '../tabs/breach-tabs';
import { NextStepsCard } from '../tabs/NextStepsCard';
import classes from '../tabs/BreachTabs.module.css';
import { EvidenceSection } from '../../evidence/components/EvidenceSection';
import { LoadError } from '../../layout/components/LoadError';
import { PageHeader } from '../../layout/components/PageHeader';
import { NotFoundPage } from '../../layout/components/NotFoundPage';
import type { Breach, Obligation } from '../api/breach-types';
import { useBreach, useTimeline } from '../hooks/use-breaches';
import { useLang } from '../hooks/use-lang';
import { useNow } from '../hooks/use-now';
import { breachListPath } from '../list-return';
import { usePreloadOnIntent } from '../../../shared/navigation/route-preload';
import { CountdownChip } from './CountdownChip';
import { CustomerClocksSection } from '../../customers/components/CustomerClocksSection';
import { BreachFactsSections, canEditBreach } from './edit/BreachFactsSections';
import { CloseBreachButton } from './edit/CloseBreachButton';
import { CustomersEditSection } from './edit/CustomersEditSection';
import { FactRows } from './edit/SectionFrame';
import { HandOverButton, OwnerLabel } from './owner/BreachOwner';

/** One breach: deadlines, facts, customers, timeline. */
export function BreachDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const breach = useBreach(id);
  useAcknowledgedNotice();

  if (breach.isPending) {
    return (
      <Stack gap="md" aria-busy="true">
        <Skeleton height={36} width="60%" />
        <Skeleton height={160} />
        <Skeleton height={240} />
      </Stack>
    );
  }
  if (breach.isError) {
    if (isApiError(breach.error, 404) || isApiError(breach.error, 400)) return <NotFoundPage />;
    return (
      <LoadError title={t('breach.loadFailed')} onRetry={() => void breach.refetch()} retrying={breach.isFetching} />
    );
  }
  return <BreachView breach={breach.data} />;
}

/**
 * The one-click link in an escalation mail acknowledges and lands here with
 * `?acknowledged=<escalation id>`: confirm it once, then drop the parameter.
 */
function useAcknowledgedNotice() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const acknowledged = params.get('acknowledged');
  useEffect(() => {
    if (!acknowledged) return;
    notifications.show({
      id: `acknowledged-${acknowledged}`,
      color: 'green',
      title: t('escalations.acknowledged'),
      message: t('escalations.acknowledgedByLink'),
    });
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.delete('acknowledged');
        return next;
      },
      { replace: true },
    );
  }, [acknowledged, setParams, t]);
}

function BreachView({ breach }: { breach: Breach }) {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useCurrentUser();
  const { tab: segment } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const tab = tabOfLocation(segment, location.hash);
  const tasks = useTasks(breach.id);
  const openTasks = (tasks.data ?? []).filter((x) => x.state === 'open').length;
  const actions = (
    <Group gap="xs">
      <HandOverButton breach={breach} />
      {me.role === 'officer' && breach.status === 'open' && <CloseBreachButton breach={breach} />}
    </Group>
  );
  // The header (reference, title, status, tabs) is painted first; the tab's contents, the larger
  // part, follow in a render of their own right after, so opening a breach shows it at once (#19).
  const panelsReady = useDeferredValue(true, false);
  const tabList = useRef<HTMLDivElement>(null);
  // a deep link on a phone: bring the chosen tab into the (sideways scrolling) row
  useEffect(() => {
    tabList.current?.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest', inline: 'center' });
  }, [tab]);
  const listPath = breachListPath();
  const backIntent = usePreloadOnIntent(listPath);
  const label = (value: BreachTab) =>
    value === 'tasks' && openTasks > 0 ? t('breach.tabs.tasksOpen', { count: openTasks }) : t(`breach.tabs.${value}`);

  return (
    <>
      <Anchor
        component={Link}
        to={listPath}
        {...backIntent}
        size="sm"
        mb="xs"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={14} aria-hidden="true" />
        {t('breach.backToList')}
      </Anchor>
      <PageHeader title={`${breach.reference} · ${breach.title}`} actions={actions} />
      <Group gap="xs" mt={-12} mb="lg">
        <Badge color={breach.status === 'open' ? 'blue' : 'gray'} variant="light">
          {t(`breach.status.${breach.status}`)}
        </Badge>
        <Text size="sm" c="dimmed">
          {t(`causes.${breach.cause}`)} ·{' '}
          {t('breach.discoveredAt', { time: formatDateTime(breach.discoveredAt, lang) })}
        </Text>
        <OwnerLabel owner={breach.owner} />
      </Group>
      <Tabs
        value={tab}
        onChange={(value) => value && isBreachTab(value) && navigate(breachTabPath(breach.id, value))}
        keepMounted={false}
      >
        <Tabs.List ref={tabList} mb="lg" aria-label={t('breach.tabs.label')} className={classes.tabList}>
          {BREACH_TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {label(value)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {panelsReady ? (
          <>
            <Tabs.Panel value="overview">
              <Stack gap="lg">
                <NextStepsCard breach={breach} tasks={tasks.data ?? null} />
                <ObligationsPanel breach={breach} />
                <CustomerClocksSection breach={breach} role={me.role} />
                <BreachFactsSections breach={breach}>
                  <AssessmentFactRows breach={breach} />
                </BreachFactsSections>
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="assessment">
              <AssessmentSection breach={breach} />
            </Tabs.Panel>
            <Tabs.Panel value="authority">
              <AuthorityNotificationSection breach={breach} />
            </Tabs.Panel>
            <Tabs.Panel value="customers">
              <Stack gap="lg">
                <CustomersEditSection breach={breach} canEdit={canEditBreach(me.role, breach)} />
                <NoticesSection breachId={breach.id} />
                {me.role === 'officer' && <BreachMailSection breachId={breach.id} />}
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="tasks">
              <TasksSection breach={breach} />
            </Tabs.Panel>
            <Tabs.Panel value="evidence">
              <EvidenceSection breach={breach} />
            </Tabs.Panel>
            <Tabs.Panel value="escalations">
              <EscalationsSection breachId={breach.id} />
            </Tabs.Panel>
            <Tabs.Panel value="timeline">
              <Stack gap="lg">
                <NotesSection breach={breach} />
                <TimelineSection id={breach.id} />
              </Stack>
            </Tabs.Panel>
          </>
        ) : (
          <Skeleton height={240} />
        )}
      </Tabs>
    </>
  );
}

function obligationLabel(o: Obligation, breach: Breach, t: (key: string, o?: Record<string, unknown>) => string) {
  if (o.kind === 'customer') {
    const name = breach.affectedCustomers.find((c) => c.customerId === o.customerId)?.customerName;
    return name ? t('obligations.customerNamed', { name }) : t('obligations.kind.customer');
  }
  return t(`obligations.kind.${o.kind}`);
}

function ObligationsPanel({ breach }: { breach: Breach }) {
  const { t } = useTranslation();
  const lang = useLang();
  const now = useNow();
  return (
    <Card component="section" aria-labelledby="obligations-title">
      <Title order={2} fz="lg" id="obligations-title" mb="sm">
        {t('breach.sections.obligations')}
      </Title>
      <Stack gap="sm">
        {breach.obligations.map((o) => (
          <Group key={o.id} justify="space-between" gap="xs" wrap="wrap">
            <Stack gap={0}>
              <Text fw={600} size="sm">
                {obligationLabel(o, breach, t)}
              </Text>
              <Text size="xs" c="dimmed">
                {o.dueAt
                  ? t('obligations.dueAt', { time: formatDateTime(o.dueAt, lang) })
                  : t('obligations.withoutUndueDelay')}
                {o.required === null && o.state === 'open' ? ` · ${t('obligations.undecided')}` : ''}
                {o.fulfilledAt
                  ? ` · ${t('obligations.fulfilledAt', { time: formatDateTime(o.fulfilledAt, lang) })}`
                  : ''}
              </Text>
            </Stack>
            <CountdownChip label={t(`obligations.short.${o.kind}`)} obligation={o} now={now} />
            <NotRequiredAction breachId={breach.id} obligation={o} />
            <DataSubjectsAction breachId={breach.id} obligation={o} />
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

/** The assessment input as recorded (edited in the assessment section). */
function AssessmentFactRows({ breach }: { breach: Breach }) {
  const { t } = useTranslation();
  const lang = useLang();
  const f = breach.facts;
  const yesNo = (value: boolean | null) =>
    value === null ? t('wizard.tri.unknown') : t(value ? 'wizard.tri.yes' : 'wizard.tri.no');
  if (!f) {
    return (
      <Text size="sm" c="dimmed">
        {t('breach.noFacts')}
      </Text>
    );
  }
  const rows: [string, string][] = [
    [t('wizard.fields.role'), t(`customerRoles.${f.role}`)],
    [t('wizard.fields.dataCategories'), f.dataCategories.map((c) => t(`dataCategories.${c}`)).join(', ')],
    [
      t('wizard.fields.subjectsCount'),
      f.subjectsCount === null ? t('wizard.review.unknown') : f.subjectsCount.toLocaleString(lang),
    ],
    [t('wizard.fields.identifiability'), t(`identifiability.${f.identifiability}`)],
    [t('wizard.fields.confidentiality'), t(`confidentiality.${f.confidentiality}`)],
    [t('wizard.fields.integrity'), t(`integrity.${f.integrity}`)],
    [t('wizard.fields.availability'), t(`availability.${f.availability}`)],
    [t('wizard.fields.malicious'), yesNo(f.malicious)],
    [t('wizard.fields.exfiltrationEvidence'), yesNo(f.exfiltrationEvidence)],
    [t('wizard.fields.backupAvailable'), yesNo(f.backupAvailable)],
    [t('wizard.fields.vulnerableSubjects'), yesNo(f.vulnerableSubjects)],
    [t('wizard.fields.dataUnintelligible'), yesNo(f.dataUnintelligible)],
    [t('wizard.fields.recipientTrusted'), yesNo(f.recipientTrusted)],
    [t('wizard.fields.financialUndertaking'), yesNo(f.financialUndertaking)],
  ];
  return (
    <section aria-labelledby="assessment-facts-title">
      <Title order={3} fz="md" id="assessment-facts-title" mb="xs">
        {t('breachEdit.sections.assessmentFacts')}
      </Title>
      <FactRows rows={rows} />
    </section>
  );
}

function TimelineSection({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const timeline = useTimeline(id);
  return (
    <Card component="section" aria-labelledby="timeline-title">
      <Title order={2} fz="lg" id="timeline-title" mb="md">
        {t('breach.sections.timeline')}
      </Title>
      <AuditLogLink breachId={id} />
      {timeline.isPending ? (
        <Stack gap="xs" aria-busy="true">
          <Skeleton height={20} />
          <Skeleton height={20} />
        </Stack>
      ) : timeline.isError ? (
        <LoadError onRetry={() => void timeline.refetch()} retrying={timeline.isFetching} />
      ) : timeline.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('breach.noTimeline')}
        </Text>
      ) : (
        <Timeline bulletSize={12} lineWidth={2} active={timeline.data.length - 1}>
          {[...timeline.data]
            .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
            .map((entry, index) => (
              <Timeline.Item key={`${entry.at}-${index}`} title={entry.description[lang] || entry.action}>
                <Text size="xs" c="dimmed">
                  <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time> · {entry.actor}
                </Text>
              </Timeline.Item>
            ))}
        </Timeline>
      )}
    </Card>
  );
}
