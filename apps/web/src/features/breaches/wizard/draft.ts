import type { BreachCause, CustomerRole } from '../../../api/types';
import type {
  AVAILABILITY_LEVELS,
  BreachFacts,
  CONFIDENTIALITY_LEVELS,
  CreateBreachBody,
  DataCategory,
  IDENTIFIABILITY_LEVELS,
  INTEGRITY_LEVELS,
} from '../api/breach-types';
import { amsterdamLocalToIso, toAmsterdamLocal } from '../amsterdam-time';

export type TriState = 'yes' | 'no' | 'unknown';

export interface DraftCustomer {
  customerId: string;
  subjectsCount: number | '';
  role: CustomerRole;
}

/** Everything the wizard holds; plain strings so it survives localStorage. */
export interface BreachDraft {
  template: string | null;
  title: string;
  description: string;
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
      values: { ...base, ...stored.values, facts: { ...base.facts, ...stored.values.facts } },
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

/** The assessment input (API.md § Assessment) of a draft's facts step. */
export function toFacts(facts: BreachDraft['facts']): BreachFacts {
  return {
    ...facts,
    dpcAdjustment: 0,
    dpcAdjustmentReason: null,
    subjectsCount: count(facts.subjectsCount),
    exfiltrationEvidence: tri(facts.exfiltrationEvidence),
    backupAvailable: tri(facts.backupAvailable),
  };
}

/** The POST /api/breaches body for a draft. */
export function toCreateBody(draft: BreachDraft): CreateBreachBody {
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    cause: draft.cause as BreachCause,
    occurredAt: amsterdamLocalToIso(draft.occurredAt),
    discoveredAt: amsterdamLocalToIso(draft.discoveredAt) ?? draft.discoveredAt,
    containedAt: amsterdamLocalToIso(draft.containedAt),
    facts: toFacts(draft.facts),
    affectedCustomers: draft.affectedCustomers.map((c) => ({
      customerId: c.customerId,
      subjectsCount: count(c.subjectsCount),
      role: c.role,
    })),
  };
}
