import type { BreachCause, BreachStatus, CustomerRole, Language } from '../../../api/types';

export const OBLIGATION_KINDS = ['authority', 'customer', 'data_subjects'] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];
export type ObligationState = 'open' | 'fulfilled' | 'not_required';

export interface Obligation {
  id: string;
  kind: ObligationKind;
  customerId: string | null;
  basis: 'statutory' | 'policy' | 'without_undue_delay';
  dueAt: string | null;
  required: boolean | null;
  state: ObligationState;
  fulfilledAt: string | null;
  late: boolean;
  overdue: boolean;
}

export interface OpenObligation extends Obligation {
  breachId: string;
  reference: string;
  title: string;
}

export const DATA_CATEGORIES = [
  'contact',
  'identity_documents',
  'national_id_number',
  'financial',
  'credentials',
  'special_category_health',
  'special_category_other',
  'criminal',
  'location_behavioural',
  'business_only',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];
export const IDENTIFIABILITY_LEVELS = ['negligible', 'limited', 'significant', 'maximum'] as const;
export const CONFIDENTIALITY_LEVELS = ['none', 'exposed', 'known_recipients', 'unknown_recipients'] as const;
export const INTEGRITY_LEVELS = ['none', 'altered', 'recoverable', 'unrecoverable'] as const;
export const AVAILABILITY_LEVELS = ['none', 'recoverable', 'temporary', 'permanent'] as const;

export interface BreachFacts {
  role: CustomerRole;
  dataCategories: DataCategory[];
  dpcAdjustment: number;
  dpcAdjustmentReason: string | null;
  subjectsCount: number | null;
  vulnerableSubjects: boolean;
  identifiability: (typeof IDENTIFIABILITY_LEVELS)[number];
  confidentiality: (typeof CONFIDENTIALITY_LEVELS)[number];
  integrity: (typeof INTEGRITY_LEVELS)[number];
  availability: (typeof AVAILABILITY_LEVELS)[number];
  malicious: boolean;
  dataUnintelligible: boolean;
  recipientTrusted: boolean;
  exfiltrationEvidence: boolean | null;
  backupAvailable: boolean | null;
  financialUndertaking: boolean;
}

export interface AffectedCustomer {
  customerId: string;
  customerName: string;
  subjectsCount: number | null;
  role: CustomerRole;
}

export interface BreachSummary {
  id: string;
  reference: string;
  title: string;
  cause: BreachCause;
  status: BreachStatus;
  discoveredAt: string;
  createdAt: string;
  obligations: Obligation[];
}

export interface Breach extends BreachSummary {
  description: string;
  occurredAt: string | null;
  containedAt: string | null;
  contactPersonId: string | null;
  contactPerson: { id: string; name: string; email: string } | null;
  facts: BreachFacts | null;
  affectedCustomers: AffectedCustomer[];
  closedAt: string | null;
  updatedAt: string;
  version: number;
}

export interface BreachList {
  items: BreachSummary[];
  total: number;
}

export interface CreateBreachBody {
  title: string;
  description?: string;
  cause: BreachCause;
  occurredAt?: string | null;
  discoveredAt: string;
  containedAt?: string | null;
  facts?: BreachFacts | null;
  affectedCustomers?: { customerId: string; subjectsCount: number | null; role: CustomerRole }[];
}

export interface TimelineEntry {
  at: string;
  source: 'audit' | 'escalation' | 'notice' | 'authority_notification';
  action: string;
  actor: string;
  description: Record<Language, string>;
}

export interface Person {
  name: string;
  email: string;
}

export interface Customer {
  id: string;
  name: string;
  contactPerson: Person | null;
  management: Person;
  language: Language;
}

export type CustomerBody = Omit<Customer, 'id'>;
