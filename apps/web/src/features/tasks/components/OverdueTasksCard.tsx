import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatCountdown } from '../../../i18n/format';
import { useLang } from '../../../shared/language/use-lang';
import { LoadError } from '../../../shared/ui/LoadError';
import { useOverdueTasks } from '../hooks/use-tasks';

/**
 * "Verlopen taken" on the clock board: open tasks past their due time on open breaches, longest
 * overdue first, each linking to its breach's tasks. Shown only when there are any: the board is
 * about deadlines, and an empty card would only push it down.
 */
export function OverdueTasksCard() {
  const { t } = useTranslation();
  const lang = useLang();
  const tasks = useOverdueTasks();
  if (tasks.isPending || (tasks.isSuccess && tasks.data.length === 0)) return null;
  return (
    <Card component="section" aria-labelledby="overdue-tasks-title" mb="lg">
      <Group gap="xs" mb="sm">
        <Title order={2} fz="lg" id="overdue-tasks-title">
          {t('tasks.overdueCard.title')}
        </Title>
        {tasks.isSuccess && (
          <Badge color="red" variant="filled" aria-hidden="true">
            {tasks.data.length}
          </Badge>
        )}
      </Group>
      {tasks.isError ? (
        <LoadError title={t('tasks.loadFailed')} onRetry={() => void tasks.refetch()} retrying={tasks.isFetching} />
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {tasks.data.map((task) => (
            <li key={task.taskId}>
              <Anchor component={Link} to={`/breaches/${task.breachId}/tasks`} fw={600} size="sm">
                {task.title}
              </Anchor>
              <Text size="xs" c="dimmed">
                {task.breachReference} · {task.breachTitle} ·{' '}
                {task.assignee ? t('tasks.assignee', { name: task.assignee.name }) : t('tasks.unassigned')} ·{' '}
                <Text span c="red.8" size="xs">
                  {formatCountdown(task.dueAt, lang)}
                </Text>
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
}
