import { Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BREACH_CAUSES, type BreachCause } from '../../../../api/types';
import type { Breach } from '../../../../shared/breaches/breach-types';
import { FactRows, SectionForm, SectionFrame } from './SectionFrame';
import { useSectionSave } from './use-section-save';
import type { UpdateBreachBody } from './use-update-breach';

const FIELDS = ['title', 'cause', 'description'] as const;

interface Values {
  title: string;
  cause: BreachCause;
  description: string;
}

/** What happened: title, cause and description. */
export function DetailsEditSection({ breach, canEdit }: { breach: Breach; canEdit: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const title = t('breachEdit.sections.details');
  const labels = {
    title: t('wizard.fields.title'),
    cause: t('wizard.fields.cause'),
    description: t('wizard.fields.description'),
  };
  const { save, saving, errors, clearErrors } = useSectionSave(breach.id, FIELDS, labels);
  const form = useForm<Values>({
    initialValues: { title: breach.title, cause: breach.cause, description: breach.description },
    validate: {
      title: (v) =>
        v.trim() === ''
          ? t('wizard.validation.titleRequired')
          : v.trim().length > 300
            ? t('wizard.validation.titleLength')
            : null,
    },
  });

  const start = () => {
    form.setValues({ title: breach.title, cause: breach.cause, description: breach.description });
    form.clearErrors();
    clearErrors();
    setEditing(true);
  };
  const submit = form.onSubmit((v) => {
    const body: UpdateBreachBody = {};
    if (v.title.trim() !== breach.title) body.title = v.title.trim();
    if (v.cause !== breach.cause) body.cause = v.cause;
    if (v.description !== breach.description) body.description = v.description;
    save(body, form, () => setEditing(false));
  });

  return (
    <SectionFrame
      id="breach-details"
      title={title}
      editing={editing}
      onEdit={canEdit ? start : null}
      view={
        <FactRows
          rows={[
            [labels.title, breach.title],
            [labels.cause, t(`causes.${breach.cause}`)],
            [labels.description, breach.description || '—'],
          ]}
        />
      }
      form={
        <SectionForm title={title} saving={saving} errors={errors} onSubmit={submit} onCancel={() => setEditing(false)}>
          <Stack gap="sm">
            <TextInput label={labels.title} withAsterisk maxLength={300} {...form.getInputProps('title')} />
            <Select
              label={labels.cause}
              withAsterisk
              allowDeselect={false}
              data={BREACH_CAUSES.map((value) => ({ value, label: t(`causes.${value}`) }))}
              {...form.getInputProps('cause')}
            />
            <Textarea
              label={labels.description}
              autosize
              minRows={3}
              maxLength={20_000}
              {...form.getInputProps('description')}
            />
          </Stack>
        </SectionForm>
      }
    />
  );
}
