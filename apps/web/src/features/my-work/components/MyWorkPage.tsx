import { Anchor, Badge, Button, Card, Group, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../i18n/format';
import { useCurrentUser } from '../../../shared/session/use-me';
import { ObligationChips } from '../../../shared/deadlines/ObligationChips';
import { useLang } from '../../../shared/language/use-lang';
import { useNow } from '../../../shared/deadlines/use-now';
import { LoadError } from '../../../shared/ui/LoadError';
import { PageHeader } from '../../../shared/ui/PageHeader';
import type { MyWork, MyWorkApproval, MyWorkEscalation, MyWorkTask } from '../api/my-work-api';
import { useMyWork } from '../hooks/use-my-work';

/**
 * "Mijn werk" (issue #18 point 5): what waits for the signed-in user, each item linking to where
 * it is done. Escalations first (they run against a clock), then approvals (managers), then the
 * breaches I own (officers). Tasks do not exist yet, so there is no tasks section.
 */
export function MyWorkPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const work = useMyWork();

  return (
    <>
      <PageHeader title={t('myWork.title')} description={t('myWork.description')} />
      {work.isPending ? (
        <Stack gap="lg" aria-busy="true">
          <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
          {[0, 1].map((i) => (
            <Card key={i} p="md">
              <Skeleton height={22} width="40%" mb="md" />
              <Skeleton height={44} mb="xs" />
              <Skeleton height={44} />
            </Card>
          ))}
        </Stack>
      ) : work.isError ? (
        <LoadError title={t('myWork.loadFailed')} onRetry={() => void work.refetch()} retrying={work.isFetching} />
      ) : (
        <Stack gap="lg">
          <EscalationsSection items={work.data.escalationsToAcknowledge} />
          {me.role === 'manager' && <ApprovalsSection items={work.data.approvalsWaiting} />}
          {me.role !== 'admin' && <TasksSection items={work.data.tasksAssigned} />}
          {(me.role === 'officer' || work.data.ownedBreachesTotal > 0) && <OwnedSection work={work.data} />}
        </Stack>
      )}
    </>
  );
}

function Section({
  id,
  title,
  description,
  count,
  empty,
  children,
}: {
  id: string;
  title: string;
  description: string;
  count: number;
  empty: string;
  children: ReactNode;
}) {
  return (
    <Card component="section" aria-labelledby={`${id}-title`} p="md">
      <Group gap="xs" mb={4} wrap="nowrap">
        <Title order={2} fz="lg" id={`${id}-title`}>
          {title}
        </Title>
        <Badge variant="light" color={count > 0 ? 'blue' : 'gray'} aria-hidden="true">
          {count}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {description}
      </Text>
      {count === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {children}
        </Stack>
      )}
    </Card>
  );
}

/** One row: what it is on the left, the way to it on the right (below on a phone). */
function Item({ children, action }: { children: ReactNode; action: ReactNode }) {
  return (
    <Group
      component="li"
      justify="space-between"
      align="center"
      gap="sm"
      wrap="wrap"
      py="xs"
      style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Stack gap={2} style={{ flex: '1 1 260px', minWidth: 0 }}>
        {children}
      </Stack>
      {action}
    </Group>
  );
}

function dutyOf(
  kind: MyWorkEscalation['obligationKind'],
  customerName: string | null,
  t: ReturnType<typeof useTranslation>['t'],
) {
  return kind === 'customer' && customerName
    ? t('obligations.customerNamed', { name: customerName })
    : t(`obligations.kind.${kind}`);
}

function EscalationsSection({ items }: { items: MyWorkEscalation[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Section
      id="my-escalations"
      title={t('myWork.escalations.title')}
      description={t('myWork.escalations.description')}
      count={items.length}
      empty={t('myWork.escalations.empty')}
    >
      {items.map((e) => (
        <Item
          key={e.escalationId}
          action={
            <Button
              component={Link}
              to={`/escalations/${e.escalationId}`}
              size="xs"
              rightSection={<IconArrowRight size={14} aria-hidden="true" />}
              aria-label={t('myWork.escalations.openNamed', { reference: e.breachReference })}
            >
              {t('myWork.escalations.open')}
            </Button>
          }
        >
          <Text size="sm" fw={600}>
            {e.breachReference} · {e.breachTitle}
          </Text>
          <Text size="sm">{dutyOf(e.obligationKind, e.customerName, t)}</Text>
          <Text size="xs" c="dimmed">
            {t('myWork.dueAt', { time: formatDateTime(e.dueAt, lang) })}
            {e.reason ? ` · ${t(`myWork.escalations.reason.${e.reason}`)}` : ''}
          </Text>
        </Item>
      ))}
    </Section>
  );
}

function TasksSection({ items }: { items: MyWorkTask[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Section
      id="my-tasks"
      title={t('myWork.tasks.title')}
      description={t('myWork.tasks.description')}
      count={items.length}
      empty={t('myWork.tasks.empty')}
    >
      {items.map((task) => (
        <Item
          key={task.taskId}
          action={
            <Button
              component={Link}
              to={`/breaches/${task.breachId}/tasks`}
              size="xs"
              variant="light"
              rightSection={<IconArrowRight size={14} aria-hidden="true" />}
              aria-label={t('myWork.tasks.openNamed', { title: task.title, reference: task.breachReference })}
            >
              {t('myWork.tasks.open')}
            </Button>
          }
        >
          <Text size="sm" fw={600}>
            {task.title}
          </Text>
          <Text size="sm">
            {task.breachReference} · {task.breachTitle}
          </Text>
          <Group gap={6}>
            <Text size="xs" c="dimmed">
              {task.dueAt ? t('myWork.dueAt', { time: formatDateTime(task.dueAt, lang) }) : t('tasks.noDue')}
            </Text>
            {task.overdue && (
              <Badge size="xs" color="red" variant="filled">
                {t('tasks.overdue')}
              </Badge>
            )}
          </Group>
        </Item>
      ))}
    </Section>
  );
}

function ApprovalsSection({ items }: { items: MyWorkApproval[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Section
      id="my-approvals"
      title={t('myWork.approvals.title')}
      description={t('myWork.approvals.description')}
      count={items.length}
      empty={t('myWork.approvals.empty')}
    >
      {items.map((a) => (
        <Item
          key={a.obligationId ?? `ap-${a.breachId}`}
          action={
            <Button
              component={Link}
              to={a.kind === 'authority_notification' ? `/breaches/${a.breachId}/authority` : `/breaches/${a.breachId}`}
              size="xs"
              variant="light"
              rightSection={<IconArrowRight size={14} aria-hidden="true" />}
              aria-label={t('myWork.approvals.openNamed', { reference: a.breachReference })}
            >
              {t('myWork.approvals.open')}
            </Button>
          }
        >
          <Text size="sm" fw={600}>
            {a.breachReference} · {a.breachTitle}
          </Text>
          <Text size="sm">
            {a.kind === 'authority_notification' || !a.obligationKind
              ? t('myWork.approvals.authority_notification')
              : t('myWork.approvals.not_required', { duty: dutyOf(a.obligationKind, a.customerName, t) })}
          </Text>
          <Text size="xs" c="dimmed">
            {[
              a.requestedBy ? t('myWork.approvals.requestedBy', { name: a.requestedBy.name }) : null,
              a.requestedAt ? t('myWork.approvals.requestedAt', { time: formatDateTime(a.requestedAt, lang) }) : null,
              a.dueAt ? t('myWork.dueAt', { time: formatDateTime(a.dueAt, lang) }) : t('myWork.noDeadline'),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Item>
      ))}
    </Section>
  );
}

function OwnedSection({ work }: { work: MyWork }) {
  const { t } = useTranslation();
  const now = useNow();
  const more = work.ownedBreachesTotal > work.ownedBreaches.length;
  return (
    <Section
      id="my-breaches"
      title={t('myWork.owned.title')}
      description={t('myWork.owned.description')}
      count={work.ownedBreachesTotal}
      empty={t('myWork.owned.empty')}
    >
      {work.ownedBreaches.map((b) => (
        <Item key={b.id} action={<ObligationChips obligations={b.obligations} now={now} />}>
          <Anchor component={Link} to={`/breaches/${b.id}`} fw={600} size="sm">
            {b.reference}
          </Anchor>
          <Text size="sm">{b.title}</Text>
        </Item>
      ))}
      {more && (
        <li>
          <Anchor component={Link} to="/breaches?owner=me&status=open" size="sm">
            {t('myWork.owned.more', { count: work.ownedBreachesTotal })}
          </Anchor>
        </li>
      )}
    </Section>
  );
}
