import type { TFunction } from 'i18next';
import { amsterdamLocalToIso } from '../amsterdam-time';
import { type BreachDraft, neededLanguages } from './draft';

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
    // A summary is needed in each language the chosen customers read (their notices are in it).
    customerSummary: {
      nl: (value: string, values: BreachDraft) =>
        neededLanguages(values.affectedCustomers).includes('nl') && !value.trim()
          ? t('customerSlice.summaryRequired.nl')
          : null,
      en: (value: string, values: BreachDraft) =>
        neededLanguages(values.affectedCustomers).includes('en') && !value.trim()
          ? t('customerSlice.summaryRequired.en')
          : null,
    },
  };
}

/** Which wizard step holds a field path (for jumping to API errors). */
export function stepOfPath(path: string): number {
  if (path === 'title' || path === 'description' || path === 'cause') return 0;
  if (path === 'occurredAt' || path === 'discoveredAt' || path === 'containedAt') return 1;
  if (path.startsWith('facts')) return 2;
  if (path.startsWith('affectedCustomers') || path.startsWith('customerSummary')) return 3;
  return 4;
}

export const STEP_FIELDS: readonly (readonly string[])[] = [
  ['title', 'cause'],
  ['discoveredAt', 'occurredAt', 'containedAt'],
  ['facts.dataCategories', 'facts.subjectsCount'],
  ['customerSummary.nl', 'customerSummary.en'],
  [],
];
