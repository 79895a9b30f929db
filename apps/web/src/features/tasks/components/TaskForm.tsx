import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../shared/errors/ApiErrorList';
import { shownErrorsOf } from '../../../shared/errors/translate-api-error';
import { useCurrentUser } from '../../../shared/session/use-me';
import { useAddTask } from '../hooks/use-tasks';
import { readTaskValues, type TaskFieldErrors, TaskFields, type TaskValues } from './TaskFields';

/** Adds a task; assigned to whoever adds it unless they choose someone else. */
export function TaskForm({ breachId }: { breachId: string }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const add = useAddTask(breachId);
  const empty: TaskValues = { title: '', assigneeId: me.id, dueLocal: '' };
  const [values, setValues] = useState<TaskValues>(empty);
  const [errors, setErrors] = useState<TaskFieldErrors>({});
  const [open, setOpen] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readTaskValues(values, t);
    if (!read.ok) return setErrors(read.errors);
    setErrors({});
    add.mutate(read.body, {
      onSuccess: () => {
        setValues(empty);
        setOpen(false);
      },
    });
  };

  if (!open)
    return (
      <Group>
        <Button variant="light" leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setOpen(true)}>
          {t('tasks.form.open')}
        </Button>
      </Group>
    );
  return (
    <form onSubmit={submit} aria-labelledby="task-form-title" noValidate>
      <Stack gap="sm">
        <Text id="task-form-title" fw={600} size="sm">
          {t('tasks.form.heading')}
        </Text>
        <TaskFields idPrefix="new-task" values={values} onChange={setValues} errors={errors} />
        {add.isError && (
          <ApiErrorAlert
            title={t('tasks.saveFailed')}
            errors={shownErrorsOf(add.error, t, {
              title: t('tasks.form.title'),
              assigneeId: t('tasks.form.assignee'),
              dueAt: t('tasks.form.due'),
            })}
          />
        )}
        <Group gap="xs">
          <Button type="submit" loading={add.isPending}>
            {t('tasks.form.submit')}
          </Button>
          <Button variant="subtle" color="gray" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
