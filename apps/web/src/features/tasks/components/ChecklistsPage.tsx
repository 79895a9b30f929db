import { ActionIcon, Button, Card, Group, NumberInput, Select, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../shared/errors/ApiErrorList';
import { shownErrorsOf } from '../../../shared/errors/translate-api-error';
import { LoadError } from '../../../shared/ui/LoadError';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { type ChecklistItem, MAX_TASK_TITLE } from '../api/tasks-api';
import { useChecklists, useSaveChecklist } from '../hooks/use-tasks';

/** The most steps one checklist may have (the API says the same). */
const MAX_STEPS = 30;

/** Admin: the checklist per kind of breach that registration turns into tasks. */
export function ChecklistsPage() {
  const { t } = useTranslation();
  const checklists = useChecklists();
  const [cause, setCause] = useState<string>('lost_or_stolen_device');

  return (
    <>
      <PageHeader title={t('tasks.checklists.title')} description={t('tasks.checklists.description')} />
      {checklists.isPending ? (
        <Card aria-busy="true">
          <Skeleton height={36} mb="md" />
          <Skeleton height={36} mb="xs" />
          <Skeleton height={36} />
        </Card>
      ) : checklists.isError ? (
        <LoadError
          title={t('tasks.checklists.loadFailed')}
          onRetry={() => void checklists.refetch()}
          retrying={checklists.isFetching}
        />
      ) : (
        <Card>
          <Stack gap="md">
            <Select
              label={t('tasks.checklists.cause')}
              data={checklists.data.map((c) => ({ value: c.cause, label: t(`causes.${c.cause}`) }))}
              value={cause}
              onChange={(v) => v && setCause(v)}
              allowDeselect={false}
              maw={420}
            />
            <ChecklistEditor
              key={cause}
              cause={cause}
              items={checklists.data.find((c) => c.cause === cause)?.items ?? []}
            />
          </Stack>
        </Card>
      )}
    </>
  );
}

function ChecklistEditor({ cause, items }: { cause: string; items: ChecklistItem[] }) {
  const { t } = useTranslation();
  const save = useSaveChecklist();
  const [rows, setRows] = useState<ChecklistItem[]>(items);
  useEffect(() => setRows(items), [items]);
  const set = (i: number, patch: Partial<ChecklistItem>) =>
    setRows((prev) => prev.map((row, n) => (n === i ? { ...row, ...patch } : row)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { cause, items: rows.map((r) => ({ title: r.title.trim(), dueAfterHours: r.dueAfterHours })) },
      { onSuccess: () => notifications.show({ color: 'green', message: t('tasks.checklists.saved') }) },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('tasks.checklists.empty')}
          </Text>
        )}
        <Stack component="ol" gap="sm" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {rows.map((row, i) => (
            <Group component="li" key={i} align="flex-end" gap="xs" wrap="wrap">
              <TextInput
                label={t('tasks.checklists.step', { n: i + 1 })}
                value={row.title}
                maxLength={MAX_TASK_TITLE}
                onChange={(e) => set(i, { title: e.currentTarget.value })}
                style={{ flex: '1 1 260px' }}
              />
              <NumberInput
                label={t('tasks.checklists.hours')}
                description={i === 0 ? t('tasks.checklists.hoursDescription') : undefined}
                value={row.dueAfterHours ?? ''}
                onChange={(v) => set(i, { dueAfterHours: typeof v === 'number' ? v : null })}
                min={0}
                max={8760}
                allowDecimal={false}
                w={150}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mb={4}
                aria-label={t('tasks.checklists.remove', { n: i + 1 })}
                onClick={() => setRows((prev) => prev.filter((_, n) => n !== i))}
              >
                <IconTrash size={16} aria-hidden="true" />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
        {save.isError && (
          <ApiErrorAlert title={t('tasks.checklists.saveFailed')} errors={shownErrorsOf(save.error, t)} />
        )}
        <Group gap="xs">
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden="true" />}
            disabled={rows.length >= MAX_STEPS}
            onClick={() => setRows((prev) => [...prev, { title: '', dueAfterHours: 24 }])}
          >
            {t('tasks.checklists.add')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('tasks.checklists.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
