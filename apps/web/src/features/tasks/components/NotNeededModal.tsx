import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../shared/errors/ApiErrorList';
import { shownErrorsOf } from '../../../shared/errors/translate-api-error';
import type { Task } from '../api/tasks-api';
import { useUpdateTask } from '../hooks/use-tasks';

/** Closes a task as not needed; the reason is kept with it and in the audit log. */
export function NotNeededModal({ breachId, task, onClose }: { breachId: string; task: Task; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateTask(breachId);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setError(t('tasks.notNeeded.reasonRequired'));
    update.mutate(
      { taskId: task.id, body: { state: 'not_needed', notNeededReason: reason.trim() } },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('tasks.notNeeded.title', { title: task.title })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Textarea
            label={t('tasks.notNeeded.reason')}
            description={t('tasks.notNeeded.reasonDescription')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={error}
            autosize
            minRows={2}
            maxLength={2000}
            withAsterisk
            data-autofocus
          />
          {update.isError && <ApiErrorAlert title={t('tasks.saveFailed')} errors={shownErrorsOf(update.error, t)} />}
          <Group justify="flex-end" gap="xs">
            <Button variant="subtle" color="gray" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('tasks.notNeeded.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
