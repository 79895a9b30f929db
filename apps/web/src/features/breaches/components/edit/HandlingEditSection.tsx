import { Select, SimpleGrid, Stack, TagsInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../auth/hooks/use-me';
import type { Breach } from '../../api/breach-types';
import { FactRows, SectionForm, SectionFrame } from './SectionFrame';
import { useSectionSave } from './use-section-save';
import type { UpdateBreachBody } from './use-update-breach';

const FIELDS = [
  'affectedSystems',
  'measuresTaken',
  'likelyConsequences',
  'contactPersonId',
  'customerSummary.nl',
  'customerSummary.en',
] as const;

/** The customer summary (what customers are told) arrives with the customer-slice work; optional until then. */
interface CustomerSummary {
  nl: string | null;
  en: string | null;
}
const summaryOf = (breach: Breach): CustomerSummary | undefined =>
  (breach as Breach & { customerSummary?: CustomerSummary }).customerSummary;

interface Values {
  affectedSystems: string[];
  measuresTaken: string;
  likelyConsequences: string;
  contactPersonId: string;
  summaryNl: string;
  summaryEn: string;
}

const NO_CONTACT = 'none';

/**
 * Handling: affected systems, measures taken, likely consequences, the contact person and what
 * customers are told. The notices quote these, so "we are still investigating" can be replaced.
 */
export function HandlingEditSection({ breach, canEdit }: { breach: Breach; canEdit: boolean }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [editing, setEditing] = useState(false);
  const title = t('breachEdit.sections.handling');
  const summary = summaryOf(breach);
  const labels = {
    affectedSystems: t('breachEdit.fields.affectedSystems'),
    measuresTaken: t('breachEdit.fields.measuresTaken'),
    likelyConsequences: t('breachEdit.fields.likelyConsequences'),
    contactPersonId: t('breachEdit.fields.contactPerson'),
    'customerSummary.nl': t('breachEdit.fields.customerSummaryNl'),
    'customerSummary.en': t('breachEdit.fields.customerSummaryEn'),
  };
  const { save, saving, errors, clearErrors } = useSectionSave(breach.id, FIELDS, labels);
  const initial = (): Values => ({
    affectedSystems: breach.affectedSystems,
    measuresTaken: breach.measuresTaken,
    likelyConsequences: breach.likelyConsequences,
    contactPersonId: breach.contactPersonId ?? NO_CONTACT,
    summaryNl: summary?.nl ?? '',
    summaryEn: summary?.en ?? '',
  });
  const form = useForm<Values>({
    initialValues: initial(),
    validate: {
      affectedSystems: (v) =>
        v.length > 100 || v.some((s) => s.length > 200) ? t('breachEdit.validation.affectedSystems') : null,
    },
  });

  // Officers cannot list users: the choice is yourself, the current contact person, or nobody.
  const contactOptions = [
    { value: NO_CONTACT, label: t('breachEdit.fields.contactNone') },
    { value: me.id, label: t('breachEdit.fields.contactMe', { name: me.name }) },
    ...(breach.contactPerson && breach.contactPerson.id !== me.id
      ? [{ value: breach.contactPerson.id, label: `${breach.contactPerson.name} (${breach.contactPerson.email})` }]
      : []),
  ];

  const start = () => {
    form.setValues(initial());
    form.clearErrors();
    clearErrors();
    setEditing(true);
  };
  const submit = form.onSubmit((v) => {
    const body: UpdateBreachBody & { customerSummary?: CustomerSummary } = {};
    const systems = v.affectedSystems.map((s) => s.trim()).filter(Boolean);
    if (systems.join('\n') !== breach.affectedSystems.join('\n')) body.affectedSystems = systems;
    if (v.measuresTaken !== breach.measuresTaken) body.measuresTaken = v.measuresTaken;
    if (v.likelyConsequences !== breach.likelyConsequences) body.likelyConsequences = v.likelyConsequences;
    const contact = v.contactPersonId === NO_CONTACT ? null : v.contactPersonId;
    if (contact !== breach.contactPersonId) body.contactPersonId = contact;
    if (summary) {
      const nl = v.summaryNl.trim() || null;
      const en = v.summaryEn.trim() || null;
      if (nl !== summary.nl || en !== summary.en) body.customerSummary = { nl, en };
    }
    save(body, form, () => setEditing(false));
  });

  const rows: [string, string][] = [
    [labels.affectedSystems, breach.affectedSystems.join(', ') || '—'],
    [labels.measuresTaken, breach.measuresTaken || '—'],
    [labels.likelyConsequences, breach.likelyConsequences || '—'],
    [labels.contactPersonId, breach.contactPerson ? breach.contactPerson.name : '—'],
  ];
  if (summary) {
    rows.push([labels['customerSummary.nl'], summary.nl || '—'], [labels['customerSummary.en'], summary.en || '—']);
  }

  return (
    <SectionFrame
      id="breach-handling"
      title={title}
      editing={editing}
      onEdit={canEdit ? start : null}
      view={<FactRows rows={rows} />}
      form={
        <SectionForm title={title} saving={saving} errors={errors} onSubmit={submit} onCancel={() => setEditing(false)}>
          <Stack gap="sm">
            <TagsInput
              label={labels.affectedSystems}
              description={t('breachEdit.fields.affectedSystemsHint')}
              maxTags={100}
              splitChars={[',', ';']}
              {...form.getInputProps('affectedSystems')}
            />
            <Textarea
              label={labels.measuresTaken}
              autosize
              minRows={3}
              maxLength={20_000}
              {...form.getInputProps('measuresTaken')}
            />
            <Textarea
              label={labels.likelyConsequences}
              autosize
              minRows={3}
              maxLength={20_000}
              {...form.getInputProps('likelyConsequences')}
            />
            <Select
              label={labels.contactPersonId}
              description={t('breachEdit.fields.contactPersonHint')}
              allowDeselect={false}
              data={contactOptions}
              {...form.getInputProps('contactPersonId')}
            />
            {summary && (
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
                <Textarea
                  label={labels['customerSummary.nl']}
                  autosize
                  minRows={3}
                  maxLength={20_000}
                  lang="nl"
                  {...form.getInputProps('summaryNl')}
                  error={form.errors['summaryNl'] ?? form.errors['customerSummary.nl']}
                />
                <Textarea
                  label={labels['customerSummary.en']}
                  autosize
                  minRows={3}
                  maxLength={20_000}
                  lang="en"
                  {...form.getInputProps('summaryEn')}
                  error={form.errors['summaryEn'] ?? form.errors['customerSummary.en']}
                />
              </SimpleGrid>
            )}
          </Stack>
        </SectionForm>
      }
    />
  );
}
