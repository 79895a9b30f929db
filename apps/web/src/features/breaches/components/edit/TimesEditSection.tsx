import { Alert, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconClockExclamation } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTimeField } from '../../../../shared/date-time/DateTimeField';
import { formatMoment, isoOfLocalValue, localValueOfInstant } from '../../../../shared/date-time/date-time-text';
import type { Breach } from '../../../../shared/breaches/breach-types';
import { useLang } from '../../../../shared/language/use-lang';
import { FactRows, SectionForm, SectionFrame } from './SectionFrame';
import { useSectionSave } from './use-section-save';
import type { UpdateBreachBody } from './use-update-breach';

const FIELDS = ['occurredAt', 'discoveredAt', 'containedAt', 'discoveredAtCorrectionReason'] as const;

interface Values {
  occurredAt: string;
  discoveredAt: string;
  containedAt: string;
  discoveredAtCorrectionReason: string;
}

const valueOf = (iso: string | null) => (iso ? localValueOfInstant(iso) : '');
const sameInstant = (a: string | null, b: string | null) =>
  a === null || b === null ? a === b : Date.parse(a) === Date.parse(b);

/**
 * When it happened, was noticed and was contained. Moving the discovery moves every deadline,
 * so it asks for the reason the API audits with the correction.
 */
export function TimesEditSection({ breach, canEdit }: { breach: Breach; canEdit: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [editing, setEditing] = useState(false);
  const title = t('breachEdit.sections.times');
  const labels = {
    occurredAt: t('wizard.fields.occurredAt'),
    discoveredAt: t('wizard.fields.discoveredAt'),
    containedAt: t('wizard.fields.containedAt'),
    discoveredAtCorrectionReason: t('breachEdit.fields.correctionReason'),
  };
  const { save, saving, errors, clearErrors } = useSectionSave(breach.id, FIELDS, labels);
  const initial = (): Values => ({
    occurredAt: valueOf(breach.occurredAt),
    discoveredAt: valueOf(breach.discoveredAt),
    containedAt: valueOf(breach.containedAt),
    discoveredAtCorrectionReason: '',
  });
  const discoveryMoved = (v: Values) => v.discoveredAt !== valueOf(breach.discoveredAt);
  const moment = (value: string) => (value !== '' && !isoOfLocalValue(value) ? t('dateTime.errors.invalid') : null);
  const form = useForm<Values>({
    initialValues: initial(),
    validate: {
      occurredAt: moment,
      containedAt: moment,
      discoveredAt: (v) => (v === '' ? t('breachEdit.validation.discoveredRequired') : moment(v)),
      discoveredAtCorrectionReason: (v, values) =>
        discoveryMoved(values) && v.trim().length < 5 ? t('breachEdit.validation.correctionReason') : null,
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
    const occurred = isoOfLocalValue(v.occurredAt);
    const contained = isoOfLocalValue(v.containedAt);
    const discovered = isoOfLocalValue(v.discoveredAt);
    if (!sameInstant(occurred, breach.occurredAt)) body.occurredAt = occurred;
    if (!sameInstant(contained, breach.containedAt)) body.containedAt = contained;
    if (discovered && discoveryMoved(v)) {
      body.discoveredAt = discovered;
      body.discoveredAtCorrectionReason = v.discoveredAtCorrectionReason.trim();
    }
    save(body, form, () => setEditing(false));
  });
  const when = (iso: string | null) => (iso ? formatMoment(iso, lang) : t('wizard.review.unknown'));

  return (
    <SectionFrame
      id="breach-times"
      title={title}
      editing={editing}
      onEdit={canEdit ? start : null}
      view={
        <FactRows
          rows={[
            [labels.occurredAt, when(breach.occurredAt)],
            [labels.discoveredAt, when(breach.discoveredAt)],
            [labels.containedAt, when(breach.containedAt)],
          ]}
        />
      }
      form={
        <SectionForm title={title} saving={saving} errors={errors} onSubmit={submit} onCancel={() => setEditing(false)}>
          <Text size="sm" c="dimmed">
            {t('wizard.timeZoneHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
            <DateTimeField
              name="occurredAt"
              label={labels.occurredAt}
              description={t('wizard.fields.optional')}
              {...form.getInputProps('occurredAt')}
            />
            <DateTimeField
              name="discoveredAt"
              label={labels.discoveredAt}
              description={t('wizard.fields.discoveredAtHint')}
              withAsterisk
              {...form.getInputProps('discoveredAt')}
            />
            <DateTimeField
              name="containedAt"
              label={labels.containedAt}
              description={t('wizard.fields.optional')}
              {...form.getInputProps('containedAt')}
            />
          </SimpleGrid>
          {discoveryMoved(form.values) && (
            <Stack gap="xs">
              <Alert color="orange" variant="light" icon={<IconClockExclamation aria-hidden="true" />}>
                {t('breachEdit.discoveryMoved')}
              </Alert>
              <Textarea
                label={labels.discoveredAtCorrectionReason}
                description={t('breachEdit.fields.correctionReasonHint')}
                withAsterisk
                autosize
                minRows={2}
                maxLength={2000}
                {...form.getInputProps('discoveredAtCorrectionReason')}
              />
            </Stack>
          )}
        </SectionForm>
      }
    />
  );
}
