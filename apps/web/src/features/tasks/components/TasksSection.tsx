import { ActionIcon, Badge, Card, Checkbox, Group, Menu, Progress, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import { ApiErrorAlert } from '../../../shared/errors/ApiErrorList';
import { shownErrorsOf } from '../../../shared/errors/translate-api-error';
import { useCurrentUser } from '../../../shared/session/use-me';
import type { Breach } from '../../../shared/breaches/breach-types';
import { useLang } from '../../../shared/language/use-lang';
import { LoadError } from '../../../shared/ui/LoadError';
import type { Task } from '../api/tasks-api';
import { useTasks, useUpdateTask } from '../hooks/use-tasks';
import { NotNeededModal } from './NotNeededModal';
import { TaskEditModal } from './TaskEditModal';
import { TaskForm } from './TaskForm';

/** Who may work on tasks: everyone who may read the breach (the API says the same). */
const WORKERS = new Set(['officer', 'manager']);

/**
 * "Taken" on the breach page: the checklist of its kind and what the team added, with assignee,
 * due date and state; ticking one off is one click, "not needed" asks why.
 */
export function TasksSection({ breach }: { breach: Pick<Breach, 'id' | 'status'> }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const tasks = useTasks(breach.id);
  const canWork = WORKERS.has(me.role) && breach.status === 'open';
  const list = tasks.data ?? [];
  const closed = list.filter((x) => x.state !== 'open').length;
  const overdue = list.filter((x) => x.overdue).length;

  return (
    <Card component="section" aria-labelledby="tasks-title" id="tasks">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={2} fz="lg" id="tasks-title">
          {t('tasks.title')}
        </Title>
        {list.length > 0 && (
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t('tasks.progress', { done: closed, total: list.length })}
            </Text>
            {overdue > 0 && (
              <Badge color="red" variant="light">
                {t('tasks.overdueCount', { count: overdue })}
              </Badge>
            )}
          </Group>
        )}
      </Group>
      {list.length > 0 && (
        <Progress value={(closed / list.length) * 100} size="sm" mb="md" aria-label={t('tasks.progressLabel')} />
      )}
      <Stack gap="md">
        {tasks.isPending ? (
          <Stack gap="xs" aria-busy="true" aria-label={t('tasks.loading')}>
            <Skeleton height={22} />
            <Skeleton height={22} />
          </Stack>
        ) : tasks.isError ? (
          <LoadError title={t('tasks.loadFailed')} onRetry={() => void tasks.refetch()} retrying={tasks.isFetching} />
        ) : list.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('tasks.empty')}
          </Text>
        ) : (
          <Stack
            component="ul"
            gap="sm"
            aria-label={t('tasks.listLabel')}
            style={{ listStyle: 'none', margin: 0, padding: 0 }}
          >
            {list.map((task) => (
              <TaskItem key={task.id} breachId={breach.id} task={task} canWork={canWork} />
            ))}
          </Stack>
        )}
        {canWork && <TaskForm breachId={breach.id} />}
      </Stack>
    </Card>
  );
}

function TaskItem({ breachId, task, canWork }: { breachId: string; task: Task; canWork: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const update = useUpdateTask(breachId);
  const [editing, setEditing] = useState(false);
  const [notNeeded, setNotNeeded] = useState(false);
  const closed = task.state !== 'open';
  const toggle = () => update.mutate({ taskId: task.id, body: { state: task.state === 'open' ? 'done' : 'open' } });

  const meta = [
    task.assignee ? t('tasks.assignee', { name: task.assignee.name }) : t('tasks.unassigned'),
    task.dueAt ? t('tasks.dueAt', { time: formatDateTime(task.dueAt, lang) }) : t('tasks.noDue'),
  ];
  return (
    <li>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Checkbox
            checked={task.state === 'done'}
            indeterminate={task.state === 'not_needed'}
            disabled={!canWork || update.isPending}
            onChange={toggle}
            label={
              <Text
                component="span"
                size="sm"
                fw={500}
                td={closed ? 'line-through' : undefined}
                c={closed ? 'dimmed' : undefined}
              >
                {task.title}
              </Text>
            }
            aria-describedby={`task-meta-${task.id}`}
          />
          <Group gap={6} pl={30} wrap="wrap" id={`task-meta-${task.id}`}>
            <Text size="xs" c="dimmed">
              {meta.join(' · ')}
            </Text>
            {task.overdue && (
              <Badge size="xs" color="red" variant="filled">
                {t('tasks.overdue')}
              </Badge>
            )}
            {task.state === 'not_needed' && (
              <Text size="xs" c="dimmed">
                {t('tasks.notNeededBecause', { reason: task.notNeededReason ?? '' })}
              </Text>
            )}
            {task.state === 'done' && task.closedAt && (
              <Text size="xs" c="dimmed">
                {t('tasks.doneBy', { name: task.closedBy?.name ?? '', time: formatDateTime(task.closedAt, lang) })}
              </Text>
            )}
          </Group>
        </Stack>
        {canWork && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={t('tasks.actionsFor', { title: task.title })}>
                <IconDots size={16} aria-hidden="true" />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => setEditing(true)}>{t('tasks.edit')}</Menu.Item>
              {task.state === 'open' ? (
                <Menu.Item onClick={() => setNotNeeded(true)}>{t('tasks.markNotNeeded')}</Menu.Item>
              ) : (
                <Menu.Item onClick={() => update.mutate({ taskId: task.id, body: { state: 'open' } })}>
                  {t('tasks.reopen')}
                </Menu.Item>
              )}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {update.isError && <ApiErrorAlert title={t('tasks.saveFailed')} errors={shownErrorsOf(update.error, t)} />}
      {editing && <TaskEditModal breachId={breachId} task={task} onClose={() => setEditing(false)} />}
      {notNeeded && <NotNeededModal breachId={breachId} task={task} onClose={() => setNotNeeded(false)} />}
    </li>
  );
}
