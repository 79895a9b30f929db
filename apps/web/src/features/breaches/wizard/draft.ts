import type { BreachCause, CustomerRole } from '../../../api/types';
import type {
  AVAILABILITY_LEVELS,
  BreachFacts,
  CONFIDENTIALITY_LEVELS,
  CreateBreachBody,
  DataCategory,
  IDENTIFIABILITY_LEVELS,
  INTEGRITY_LEVELS,
} from '../../../shared/breaches/breach-types';
import { amsterdamLocalToIso, toAmsterdamLocal } from '../../../shared/date-time/amsterdam-time';
import { type CustomerSliceValue, emptyCustomerSlice, toSliceBody } from '../components/CustomerSliceFields';

export type TriState = 'yes' | 'no' | 'unknown';

/** One affected customer in the wizard: its own slice, plus the language its notice will be in. */
export interface DraftCustomer extends CustomerSliceValue {
  customerId: string;
  /** The customer's language: which customer summaries the notices need. */
  language?: 'nl' | 'en';
}

/** Text for customers, per language (never the internal description, measures or consequences). */
export interface DraftCustomerText {
  nl: string;
  en: string;
}

/** Everything the wizard holds; plain strings so it survives localStorage. */
export interface BreachDraft {
  template: string | null;
  title: string;
  description: string;
  /** What happened, for customers. */
  customerSummary: DraftCustomerText;
  /** Measures taken, for customers (optional; the internal measures never reach a notice). */
  customerMeasures: DraftCustomerText;
  /** Likely consequences, for customers (optional). */
  customerConsequences: DraftCustomerText;
  /** The breach's named contact person (a user id); '' for nobody. */
  contactPersonId: string;
  cause: BreachCause | '';
  occurredAt: string;
  discoveredAt: string;
  containedAt: string;
  facts: {
    role: CustomerRole;
    dataCategories: DataCategory[];
    subjectsCount: number | '';
    vulnerableSubjects: boolean;
    identifiability: (typeof IDENTIFIABILITY_LEVELS)[number];
    confidentiality: (typeof CONFIDENTIALITY_LEVELS)[number];
    integrity: (typeof INTEGRITY_LEVELS)[number];
    availability: (typeof AVAILABILITY_LEVELS)[number];
    malicious: boolean;
    dataUnintelligible: boolean;
    recipientTrusted: boolean;
    exfiltrationEvidence: TriState;
    backupAvailable: TriState;
    financialUndertaking: boolean;
  };
  affectedCustomers: DraftCustomer[];
}

export const emptyDraft = (now: number = Date.now()): BreachDraft => ({
  template: null,
  title: '',
  description: '',
  customerSummary: { nl: '', en: '' },
  customerMeasures: { nl: '', en: '' },
  customerConsequences: { nl: '', en: '' },
  contactPersonId: '',
  cause: '',
  occurredAt: '',
  discoveredAt: toAmsterdamLocal(now),
  containedAt: '',
  facts: {
    role: 'controller',
    dataCategories: [],
    subjectsCount: '',
    vulnerableSubjects: false,
    identifiability: 'maximum',
    confidentiality: 'none',
    integrity: 'none',
    availability: 'none',
    malicious: false,
    dataUnintelligible: false,
    recipientTrusted: false,
    exfiltrationEvidence: 'unknown',
    backupAvailable: 'unknown',
    financialUndertaking: false,
  },
  affectedCustomers: [],
});

interface StoredDraft {
  version: 1;
  step: number;
  values: BreachDraft;
  savedAt: string;
}

export const draftKey = (userId: string) => `lekwacht.breachDraft.${userId}`;

export function loadDraft(userId: string): { step: number; values: BreachDraft; savedAt: string } | null {
  try {
    const raw = window.localStorage.getItem(draftKey(userId));
    if (!raw) return null;
    const stored = JSON.parse(raw) as StoredDraft;
    if (stored.version !== 1 || typeof stored.values !== 'object') return null;
    const base = emptyDraft();
    return {
      step: Number.isInteger(stored.step) ? stored.step : 0,
      values: {
        ...base,
        ...stored.values,
        customerSummary: { ...base.customerSummary, ...stored.values.customerSummary },
        customerMeasures: { ...base.customerMeasures, ...stored.values.customerMeasures },
        customerConsequences: { ...base.customerConsequences, ...stored.values.customerConsequences },
        contactPersonId: typeof stored.values.contactPersonId === 'string' ? stored.values.contactPersonId : '',
        affectedCustomers: (stored.values.affectedCustomers ?? []).map((c) => ({ ...emptyCustomerSlice(), ...c })),
        facts: { ...base.facts, ...stored.values.facts },
      },
      savedAt: stored.savedAt,
    };
  } catch {
    return null;
  }
}

export function saveDraft(userId: string, step: number, values: BreachDraft): void {
  try {
    const stored: StoredDraft = { version: 1, step, values, savedAt: new Date().toISOString() };
    window.localStorage.setItem(draftKey(userId), JSON.stringify(stored));
  } catch {
    // Storage full or disabled: the draft lives as long as the page.
  }
}

export function clearDraft(userId: string): void {
  try {
    window.localStorage.removeItem(draftKey(userId));
  } catch {
    // nothing to clear
  }
}

const tri = (value: TriState): boolean | null => (value === 'yes' ? true : value === 'no' ? false : null);
const count = (value: number | ''): number | null => (value === '' ? null : value);

/**
 * Our role for the breach follows from the customers' slices (processor by default): controller
 * as soon as we are controller for one customer's data; with no customer the data is our own.
 * The API derives it the same way; the wizard shows the same answer before sending.
 */
export function derivedRole(customers: readonly Pick<DraftCustomer, 'role'>[]): CustomerRole {
  if (customers.length === 0) return 'controller';
  return customers.some((c) => c.role === 'controller') ? 'controller' : 'processor';
}

/** Languages the chosen customers read: a customer summary is needed in each. */
export const neededLanguages = (customers: readonly Pick<DraftCustomer, 'language'>[]): ('nl' | 'en')[] =>
  (['nl', 'en'] as const).filter((l) => customers.some((c) => (c.language ?? 'nl') === l));

/** The assessment input (API.md § Assessment) of a draft's facts step; the role follows from the customers. */
export function toFacts(facts: BreachDraft['facts'], customers?: readonly Pick<DraftCustomer, 'role'>[]): BreachFacts {
  return {
    ...facts,
    role: customers ? derivedRole(customers) : facts.role,
    dpcAdjustment: 0,
    dpcAdjustmentReason: null,
    subjectsCount: count(facts.subjectsCount),
    exfiltrationEvidence: tri(facts.exfiltrationEvidence),
    backupAvailable: tri(facts.backupAvailable),
  };
}

/**
 * A customer text as the API takes it: trimmed, null when empty, and only in the languages the
 * chosen customers read (text typed for a customer that was removed again is not sent).
 */
export const sentCustomerText = (text: DraftCustomerText, languages: readonly ('nl' | 'en')[]) => ({
  nl: (languages.includes('nl') && text.nl.trim()) || null,
  en: (languages.includes('en') && text.en.trim()) || null,
});

/** The POST /api/breaches body for a draft. */
export function toCreateBody(draft: BreachDraft): CreateBreachBody {
  const languages = neededLanguages(draft.affectedCustomers);
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    cause: draft.cause as BreachCause,
    occurredAt: amsterdamLocalToIso(draft.occurredAt),
    discoveredAt: amsterdamLocalToIso(draft.discoveredAt) ?? draft.discoveredAt,
    containedAt: amsterdamLocalToIso(draft.containedAt),
    customerSummary: sentCustomerText(draft.customerSummary, languages),
    customerMeasures: sentCustomerText(draft.customerMeasures, languages),
    customerConsequences: sentCustomerText(draft.customerConsequences, languages),
    contactPersonId: draft.contactPersonId || null,
    facts: toFacts(draft.facts, draft.affectedCustomers),
    affectedCustomers: draft.affectedCustomers.map((c) => ({ customerId: c.customerId, ...toSliceBody(c) })),
  };
}
