import { Anchor, Badge, Group, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useDeferredValue, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { isApiError } from '../../api/api-error';
import { formatDateTime } from '../../i18n/format';
import { AssessmentSection } from '../../features/assessment/components/AssessmentSection';
import { AuditLogLink } from '../../features/audit/components/AuditLogLink';
import { AuthorityNotificationSection } from '../../features/authority-notification/components/AuthorityNotificationSection';
import { NotRequiredAction } from '../../features/authority-notification/components/NotRequiredAction';
import { DataSubjectsAction } from '../../features/obligations/components/DataSubjectsAction';
import { useCurrentUser } from '../../shared/session/use-me';
import { EscalationsSection } from '../../features/escalations/components/EscalationsSection';
import { BreachMailSection } from '../../features/mail/components/BreachMailSection';
import { NoticesSection } from '../../features/notices/components/NoticesSection';
import { NotesSection } from '../../features/notes/components/NotesSection';
import { TasksSection } from '../../features/tasks/components/TasksSection';
import { useTasks } from '../../features/tasks/hooks/use-tasks';
import {
  BREACH_TABS,
  type BreachTab,
  breachTabPath,
  isBreachTab,
  tabOfLocation,
} from '../../features/breaches/tabs/breach-tabs';
import { NextStepsCard } from '../../features/breaches/tabs/NextStepsCard';
import classes from './BreachTabs.module.css';
import { EvidenceSection } from '../../features/evidence/components/EvidenceSection';
import { LoadError } from '../../shared/ui/LoadError';
import { PageHeader } from '../../shared/ui/PageHeader';
import { NotFoundPage } from '../../shared/ui/NotFoundPage';
import type { Breach } from '../../shared/breaches/breach-types';
import { useBreach } from '../../features/breaches/hooks/use-breaches';
import { useLang } from '../../shared/language/use-lang';
import { breachListPath } from '../../features/breaches/list-return';
import { usePreloadOnIntent } from '../../shared/navigation/route-preload';
import { CustomerClocksSection } from '../../features/customers/components/CustomerClocksSection';
import { BreachFactsSections, canEditBreach } from '../../features/breaches/components/edit/BreachFactsSections';
import { CloseBreachButton } from '../../features/breaches/components/edit/CloseBreachButton';
import { CustomersEditSection } from '../../features/breaches/components/edit/CustomersEditSection';
import { HandOverButton, OwnerLabel } from '../../features/breaches/components/owner/BreachOwner';
import {
  AssessmentFactRows,
  ObligationsPanel,
  TimelineSection,
} from '../../features/breaches/components/BreachOverviewPanels';

/**
 * One breach: deadlines, facts, customers, timeline. The page composes the sections of the features
 * that work on a breach (assessment, authority notification, notices, tasks, evidence, escalations,
 * notes, mail), so it lives in the app layer: features do not import one another.
 */
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
                <ObligationsPanel
                  breach={breach}
                  actions={(o) => (
                    <>
                      <NotRequiredAction breachId={breach.id} obligation={o} />
                      <DataSubjectsAction breachId={breach.id} obligation={o} />
                    </>
                  )}
                />
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
                <TimelineSection id={breach.id} auditLogLink={<AuditLogLink breachId={breach.id} />} />
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
