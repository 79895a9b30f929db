import { Fieldset, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

export type CustomerTextLanguage = 'nl' | 'en';
export const CUSTOMER_TEXT_LANGUAGES = ['nl', 'en'] as const satisfies readonly CustomerTextLanguage[];

/** The texts written for customers, as the API names them (beside the internal description, measures, consequences). */
export const CUSTOMER_TEXT_KINDS = ['customerSummary', 'customerMeasures', 'customerConsequences'] as const;
export type CustomerTextKind = (typeof CUSTOMER_TEXT_KINDS)[number];
export type CustomerTextPath = `${CustomerTextKind}.${CustomerTextLanguage}`;

/** Every path, e.g. for a form's field list: "customerSummary.nl", …, "customerConsequences.en". */
export const CUSTOMER_TEXT_PATHS: readonly CustomerTextPath[] = CUSTOMER_TEXT_KINDS.flatMap((kind) =>
  CUSTOMER_TEXT_LANGUAGES.map((l): CustomerTextPath => `${kind}.${l}`),
);

/** The i18n key of a customer text's label: "Maatregelen voor klanten (Engels)". */
export const customerTextLabelKey = (path: CustomerTextPath) => `apiErrors.fields.${path}`;

const HINT: Record<CustomerTextKind, string> = {
  customerSummary: 'customerSlice.summaryHint',
  customerMeasures: 'customerSlice.measuresHint',
  customerConsequences: 'customerSlice.consequencesHint',
};

interface CustomerTextFieldsProps {
  /** The languages the affected customers read; only these are asked for. */
  languages: readonly CustomerTextLanguage[];
  /** The form's props for a path (value, onChange, error). */
  inputProps: (path: CustomerTextPath) => GetInputPropsReturnType;
  /** The registration wizard asks the summary as required; editing shows what is missing elsewhere. */
  summaryRequired?: boolean;
}

/**
 * What customers are told, per language they read: what happened (the summary), the measures
 * and the likely consequences. Measures and consequences are optional: unwritten, the notice says
 * we are still investigating; the internal texts never reach a notice.
 */
export function CustomerTextFields({ languages, inputProps, summaryRequired = false }: CustomerTextFieldsProps) {
  const { t } = useTranslation();
  const fields = (kind: CustomerTextKind, required: boolean) => (
    <SimpleGrid cols={{ base: 1, md: languages.length > 1 ? 2 : 1 }} spacing="sm">
      {languages.map((language) => (
        <Textarea
          key={language}
          label={t(customerTextLabelKey(`${kind}.${language}`))}
          description={t(HINT[kind])}
          withAsterisk={required}
          autosize
          minRows={3}
          maxLength={20_000}
          lang={language}
          {...inputProps(`${kind}.${language}`)}
        />
      ))}
    </SimpleGrid>
  );
  if (languages.length === 0) return null;
  return (
    <Stack gap="md">
      {fields('customerSummary', summaryRequired)}
      <Fieldset legend={t('customerSlice.optionalTexts.title')} variant="unstyled">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('customerSlice.optionalTexts.hint')}
          </Text>
          {fields('customerMeasures', false)}
          {fields('customerConsequences', false)}
        </Stack>
      </Fieldset>
    </Stack>
  );
}
