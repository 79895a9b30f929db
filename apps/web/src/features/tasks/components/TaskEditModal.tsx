import { Button, Group, Modal, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../shared/errors/ApiErrorList';
import { shownErrorsOf } from '../../../shared/errors/translate-api-error';
import { toAmsterdamLocal } from '../../../shared/date-time/amsterdam-time';
import type { Task } from '../api/tasks-api';
import { useUpdateTask } from '../hooks/use-tasks';
import { readTaskValues, type TaskFieldErrors, TaskFields, type TaskValues } from './TaskFields';

/** Changes a task's title, assignee or due moment (a new one of either reminds again when due). */
export function TaskEditModal({ breachId, task, onClose }: { breachId: string; task: Task; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateTask(breachId);
  const [values, setValues] = useState<TaskValues>({
    title: task.title,
    assigneeId: task.assignee?.id ?? null,
    dueLocal: task.dueAt ? toAmsterdamLocal(task.dueAt) : '',
  });
  const [errors, setErrors] = useState<TaskFieldErrors>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readTaskValues(values, t);
    if (!read.ok) return setErrors(read.errors);
    update.mutate({ taskId: task.id, body: read.body }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title={t('tasks.editTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TaskFields idPrefix={`edit-${task.id}`} values={values} onChange={setValues} errors={errors} />
          {update.isError && <ApiErrorAlert title={t('tasks.saveFailed')} errors={shownErrorsOf(update.error, t)} />}
          <Group justify="flex-end" gap="xs">
            <Button variant="subtle" color="gray" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
