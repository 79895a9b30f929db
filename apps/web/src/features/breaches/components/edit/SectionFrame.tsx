import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../../shared/errors/ApiErrorList';
import type { ShownError } from '../../../../shared/errors/translate-api-error';

interface SectionFrameProps {
  id: string;
  title: string;
  /** Null when the user may not edit (a manager, a closed breach). */
  onEdit: (() => void) | null;
  editing: boolean;
  view: ReactNode;
  form: ReactNode;
}

/**
 * One part of the breach's facts: read, or edited in place. Focus moves into the form when
 * editing starts and back to the edit button when it ends, so keyboard users keep their place.
 */
export function SectionFrame({ id, title, onEdit, editing, view, form }: SectionFrameProps) {
  const { t } = useTranslation();
  const editButton = useRef<HTMLButtonElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const wasEditing = useRef(editing);
  useEffect(() => {
    if (editing && !wasEditing.current) {
      body.current?.querySelector<HTMLElement>('input:not([type=hidden]), textarea, button')?.focus();
    }
    if (!editing && wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  return (
    <section aria-labelledby={`${id}-title`}>
      <Group justify="space-between" gap="xs" mb="xs" wrap="nowrap">
        <Title order={3} fz="md" id={`${id}-title`}>
          {title}
        </Title>
        {onEdit && !editing && (
          <Button
            ref={editButton}
            size="compact-sm"
            variant="subtle"
            leftSection={<IconPencil size={14} aria-hidden="true" />}
            onClick={onEdit}
            aria-label={t('breachEdit.editSection', { section: title })}
          >
            {t('breachEdit.edit')}
          </Button>
        )}
      </Group>
      <div ref={body}>{editing ? form : view}</div>
    </section>
  );
}

/** Label–value pairs for the read view; empty values read "—" (or what the caller passes). */
export function FactRows({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="xs" m={0}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="xs" c="dimmed">
            {label}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

interface SectionFormProps {
  title: string;
  saving: boolean;
  errors: ShownError[];
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/** The form of a section: fields, problems that name no field, save and cancel (Escape cancels too). */
export function SectionForm({ title, saving, errors, onSubmit, onCancel, children }: SectionFormProps) {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t('breachEdit.editSection', { section: title })}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) onCancel();
      }}
    >
      <Stack gap="sm">
        <ApiErrorAlert title={t('breachEdit.saveFailed')} errors={errors} />
        {children}
        <Group gap="xs" justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={saving}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
