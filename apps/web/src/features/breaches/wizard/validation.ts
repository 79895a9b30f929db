import { missingCustomerTexts } from '@lekwacht/domain';
import type { TFunction } from 'i18next';
import { amsterdamLocalToIso } from '../../../shared/date-time/amsterdam-time';
import { type BreachDraft, neededLanguages, sentCustomerText } from './draft';

/**
 * The customer texts the notices would still miss, by path ("customerMeasures.en"): the domain's
 * own rule (libs/domain missingCustomerTexts) over exactly what the wizard sends, so the wizard
 * refuses what drafting the notices would refuse later.
 */
export function missingTextsOf(values: BreachDraft): string[] {
  const languages = neededLanguages(values.affectedCustomers);
  return missingCustomerTexts(
    {
      customerSummary: sentCustomerText(values.customerSummary, languages),
      customerMeasures: sentCustomerText(values.customerMeasures, languages),
      customerConsequences: sentCustomerText(values.customerConsequences, languages),
    },
    languages,
  );
}

const MINUTE = 60_000;

/** Field rules for the wizard, run as the officer types. */
export function draftValidation(t: TFunction) {
  const moment = (value: string, required: boolean): string | null => {
    if (!value) return required ? t('wizard.validation.required') : null;
    const iso = amsterdamLocalToIso(value);
    if (!iso) return t('wizard.validation.invalidDate');
    // A minute's grace: the default "now" must not turn invalid while the officer types.
    if (Date.parse(iso) > Date.now() + MINUTE) return t('wizard.validation.future');
    return null;
  };
  const missingText = (path: string, message: string) => (_: string, values: BreachDraft) =>
    missingTextsOf(values).includes(path) ? t(message) : null;
  const count = (value: number | ''): string | null =>
    value === '' ? null : !Number.isInteger(value) || value < 0 ? t('wizard.validation.count') : null;

  return {
    title: (value: string) =>
      value.trim() === ''
        ? t('wizard.validation.titleRequired')
        : value.trim().length > 300
          ? t('wizard.validation.titleLength')
          : null,
    cause: (value: string) => (value ? null : t('wizard.validation.causeRequired')),
    discoveredAt: (value: string) => moment(value, true),
    occurredAt: (value: string, values: BreachDraft) => {
      const error = moment(value, false);
      if (error || !value || !values.discoveredAt) return error;
      const occurred = amsterdamLocalToIso(value);
      const discovered = amsterdamLocalToIso(values.discoveredAt);
      return occurred && discovered && Date.parse(occurred) > Date.parse(discovered)
        ? t('wizard.validation.occurredAfterDiscovered')
        : null;
    },
    containedAt: (value: string) => moment(value, false),
    facts: {
      dataCategories: (value: string[]) => (value.length === 0 ? t('wizard.validation.categoriesRequired') : null),
      subjectsCount: count,
    },
    affectedCustomers: {
      subjectsCount: count,
      recordsEstimate: count,
    },
    // A summary is needed in each language the chosen customers read (their notices are in it);
    // measures and consequences are optional, but once written they are needed in each such language.
    customerSummary: {
      nl: missingText('customerSummary.nl', 'customerSlice.summaryRequired.nl'),
      en: missingText('customerSummary.en', 'customerSlice.summaryRequired.en'),
    },
    customerMeasures: {
      nl: missingText('customerMeasures.nl', 'customerSlice.textMissing.measures.nl'),
      en: missingText('customerMeasures.en', 'customerSlice.textMissing.measures.en'),
    },
    customerConsequences: {
      nl: missingText('customerConsequences.nl', 'customerSlice.textMissing.consequences.nl'),
      en: missingText('customerConsequences.en', 'customerSlice.textMissing.consequences.en'),
    },
  };
}

/** Which wizard step holds a field path (for jumping to API errors). */
export function stepOfPath(path: string): number {
  if (path === 'title' || path === 'description' || path === 'cause' || path === 'contactPersonId') return 0;
  if (path === 'occurredAt' || path === 'discoveredAt' || path === 'containedAt') return 1;
  if (path.startsWith('facts')) return 2;
  if (/^(affectedCustomers|customerSummary|customerMeasures|customerConsequences)\b/.test(path)) return 3;
  return 4;
}

export const STEP_FIELDS: readonly (readonly string[])[] = [
  ['title', 'cause'],
  ['discoveredAt', 'occurredAt', 'containedAt'],
  ['facts.dataCategories', 'facts.subjectsCount'],
  [
    'customerSummary.nl',
    'customerSummary.en',
    'customerMeasures.nl',
    'customerMeasures.en',
    'customerConsequences.nl',
    'customerConsequences.en',
  ],
  [],
];
