import { Alert, Divider, Stack, TagsInput, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { missingCustomerTexts } from '@lekwacht/domain';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomers } from '../../../../shared/customers/use-customers';
import type { Breach } from '../../../../shared/breaches/breach-types';
import { neededLanguages } from '../../wizard/draft';
import { ContactPersonSelect } from '../ContactPersonSelect';
import {
  CUSTOMER_TEXT_KINDS,
  CUSTOMER_TEXT_LANGUAGES,
  CUSTOMER_TEXT_PATHS,
  type CustomerTextKind,
  type CustomerTextLanguage,
  CustomerTextFields,
  customerTextLabelKey,
} from '../CustomerTextFields';
import { FactRows, SectionForm, SectionFrame } from './SectionFrame';
import { useSectionSave } from './use-section-save';
import type { UpdateBreachBody } from './use-update-breach';

const FIELDS = [
  'affectedSystems',
  'measuresTaken',
  'likelyConsequences',
  'contactPersonId',
  ...CUSTOMER_TEXT_PATHS,
] as const;

/** A customer text in the form: '' while not written. */
interface TextValue {
  nl: string;
  en: string;
}

interface Values {
  affectedSystems: string[];
  measuresTaken: string;
  likelyConsequences: string;
  contactPersonId: string | null;
  customerSummary: TextValue;
  customerMeasures: TextValue;
  customerConsequences: TextValue;
}

const formText = (text: { nl: string | null; en: string | null }): TextValue => ({
  nl: text.nl ?? '',
  en: text.en ?? '',
});
const sentText = (text: TextValue) => ({ nl: text.nl.trim() || null, en: text.en.trim() || null });

/**
 * The languages to show customer texts in: those the affected customers read, plus any language
 * that already has text (so it can be seen and cleared). Both while the customers are unknown.
 */
function useTextLanguages(breach: Breach): {
  languages: CustomerTextLanguage[];
  needed: CustomerTextLanguage[] | null;
} {
  const customers = useCustomers();
  if (!customers.data || breach.affectedCustomers.length === 0)
    return { languages: [...CUSTOMER_TEXT_LANGUAGES], needed: null };
  const needed = neededLanguages(
    breach.affectedCustomers.map((a) => ({ language: customers.data.find((c) => c.id === a.customerId)?.language })),
  );
  const written = (l: CustomerTextLanguage) => CUSTOMER_TEXT_KINDS.some((kind) => !!breach[kind][l]?.trim());
  return { languages: CUSTOMER_TEXT_LANGUAGES.filter((l) => needed.includes(l) || written(l)), needed };
}

/**
 * Handling: affected systems, the internal measures and consequences, the contact person, and
 * what customers are told per language they read (what happened, measures, consequences). The
 * notices quote only the customer texts, so "we are still investigating" can be replaced.
 */
export function HandlingEditSection({ breach, canEdit }: { breach: Breach; canEdit: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const { languages, needed } = useTextLanguages(breach);
  const title = t('breachEdit.sections.handling');
  const labels: Record<(typeof FIELDS)[number], string> = {
    affectedSystems: t('breachEdit.fields.affectedSystems'),
    measuresTaken: t('breachEdit.fields.measuresTaken'),
    likelyConsequences: t('breachEdit.fields.likelyConsequences'),
    contactPersonId: t('breachEdit.fields.contactPerson'),
    ...(Object.fromEntries(CUSTOMER_TEXT_PATHS.map((path) => [path, t(customerTextLabelKey(path))])) as Record<
      (typeof CUSTOMER_TEXT_PATHS)[number],
      string
    >),
  };
  const { save, saving, errors, clearErrors } = useSectionSave(breach.id, FIELDS, labels);
  const initial = (): Values => ({
    affectedSystems: breach.affectedSystems,
    measuresTaken: breach.measuresTaken,
    likelyConsequences: breach.likelyConsequences,
    contactPersonId: breach.contactPersonId,
    customerSummary: formText(breach.customerSummary),
    customerMeasures: formText(breach.customerMeasures),
    customerConsequences: formText(breach.customerConsequences),
  });
  const form = useForm<Values>({
    initialValues: initial(),
    validate: {
      affectedSystems: (v) =>
        v.length > 100 || v.some((s) => s.length > 200) ? t('breachEdit.validation.affectedSystems') : null,
    },
  });

  const start = () => {
    form.setValues(initial());
    form.clearErrors();
    clearErrors();
    setEditing(true);
  };
  const submit = form.onSubmit((v) => {
    const body: UpdateBreachBody = {};
    const systems = v.affectedSystems.map((s) => s.trim()).filter(Boolean);
    if (systems.join('\n') !== breach.affectedSystems.join('\n')) body.affectedSystems = systems;
    if (v.measuresTaken !== breach.measuresTaken) body.measuresTaken = v.measuresTaken;
    if (v.likelyConsequences !== breach.likelyConsequences) body.likelyConsequences = v.likelyConsequences;
    if (v.contactPersonId !== breach.contactPersonId) body.contactPersonId = v.contactPersonId;
    for (const kind of CUSTOMER_TEXT_KINDS) {
      const next = sentText(v[kind]);
      if (next.nl !== breach[kind].nl || next.en !== breach[kind].en) body[kind] = next;
    }
    save(body, form, () => setEditing(false));
  });

  // What drafting the notices would still refuse (the domain's rule), named here so it is no surprise.
  const missing = needed ? missingCustomerTexts(breach, needed) : [];
  const textRows = CUSTOMER_TEXT_KINDS.flatMap((kind: CustomerTextKind) =>
    languages.map((l): [string, string] => [
      labels[`${kind}.${l}`],
      breach[kind][l]?.trim() || (kind === 'customerSummary' ? '—' : t('breachEdit.stillInvestigating')),
    ]),
  );
  const rows: [string, string][] = [
    [labels.affectedSystems, breach.affectedSystems.join(', ') || '—'],
    [labels.measuresTaken, breach.measuresTaken || '—'],
    [labels.likelyConsequences, breach.likelyConsequences || '—'],
    [labels.contactPersonId, breach.contactPerson ? breach.contactPerson.name : t('breachEdit.fields.contactNone')],
  ];

  const view = (
    <Stack gap="sm">
      <FactRows rows={rows} />
      <Text size="sm" fw={600} mt="xs">
        {t('breachEdit.customerTexts')}
      </Text>
      <FactRows rows={textRows} />
      {missing.length > 0 && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden="true" />}>
          {t('breachEdit.missingCustomerTexts', {
            fields: missing.map((path) => labels[path as (typeof CUSTOMER_TEXT_PATHS)[number]] ?? path).join(', '),
          })}
        </Alert>
      )}
    </Stack>
  );

  return (
    <SectionFrame
      id="breach-handling"
      title={title}
      editing={editing}
      onEdit={canEdit ? start : null}
      view={view}
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
              description={t('breachEdit.fields.internalHint')}
              autosize
              minRows={3}
              maxLength={20_000}
              {...form.getInputProps('measuresTaken')}
            />
            <Textarea
              label={labels.likelyConsequences}
              description={t('breachEdit.fields.internalHint')}
              autosize
              minRows={3}
              maxLength={20_000}
              {...form.getInputProps('likelyConsequences')}
            />
            <ContactPersonSelect
              label={labels.contactPersonId}
              description={t('breachEdit.fields.contactPersonHint')}
              value={form.values.contactPersonId}
              onChange={(id) => form.setFieldValue('contactPersonId', id)}
              error={form.errors['contactPersonId'] as string | undefined}
              current={breach.contactPerson}
            />
            <Divider label={t('breachEdit.customerTexts')} labelPosition="left" />
            <CustomerTextFields languages={languages} inputProps={(path) => form.getInputProps(path)} />
          </Stack>
        </SectionForm>
      }
    />
  );
}
