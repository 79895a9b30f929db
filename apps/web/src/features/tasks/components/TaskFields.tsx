import { Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateTimeField } from '../../../shared/date-time/DateTimeField';
import { INVALID_DATE_TIME } from '../../../shared/date-time/date-time-text';
import { amsterdamLocalToIso } from '../../../shared/date-time/amsterdam-time';
import { useUserDirectory } from '../../../shared/users/use-user-directory';
import { MAX_TASK_TITLE } from '../api/tasks-api';

/** What the task form holds: the due moment as Amsterdam wall time ('' for none). */
export interface TaskValues {
  title: string;
  assigneeId: string | null;
  dueLocal: string;
}

export interface TaskFieldErrors {
  title?: string;
  assigneeId?: string;
  dueAt?: string;
}

/** The form's values as the API takes them, or the problems to show first. */
export function readTaskValues(
  v: TaskValues,
  t: (key: string) => string,
):
  | { ok: true; body: { title: string; assigneeId: string | null; dueAt: string | null } }
  | { ok: false; errors: TaskFieldErrors } {
  const errors: TaskFieldErrors = {};
  if (!v.title.trim()) errors.title = t('tasks.form.titleRequired');
  const dueAt = v.dueLocal ? amsterdamLocalToIso(v.dueLocal) : null;
  if (v.dueLocal === INVALID_DATE_TIME || (v.dueLocal && !dueAt)) errors.dueAt = t('tasks.form.dueInvalid');
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body: { title: v.title.trim(), assigneeId: v.assigneeId, dueAt } };
}

/** Title, assignee (an active officer or manager) and due moment. */
export function TaskFields({
  values,
  onChange,
  errors,
  idPrefix,
}: {
  values: TaskValues;
  onChange: (next: TaskValues) => void;
  errors: TaskFieldErrors;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  const directory = useUserDirectory();
  const people = (directory.data ?? [])
    .filter((u) => u.role === 'officer' || u.role === 'manager')
    .map((u) => ({ value: u.id, label: u.name }));
  return (
    <Stack gap="sm">
      <TextInput
        id={`${idPrefix}-title`}
        label={t('tasks.form.title')}
        value={values.title}
        maxLength={MAX_TASK_TITLE}
        onChange={(e) => onChange({ ...values, title: e.currentTarget.value })}
        error={errors.title}
        withAsterisk
      />
      <Select
        id={`${idPrefix}-assignee`}
        label={t('tasks.form.assignee')}
        placeholder={directory.isPending ? t('tasks.form.assigneeLoading') : t('tasks.form.assigneeNone')}
        data={people}
        value={values.assigneeId}
        onChange={(value) => onChange({ ...values, assigneeId: value })}
        searchable
        clearable
        nothingFoundMessage={t('tasks.form.assigneeNothingFound')}
        error={errors.assigneeId}
      />
      <DateTimeField
        name={`${idPrefix}-due`}
        label={t('tasks.form.due')}
        value={values.dueLocal}
        onChange={(value) => onChange({ ...values, dueLocal: value })}
        error={errors.dueAt}
      />
    </Stack>
  );
}
