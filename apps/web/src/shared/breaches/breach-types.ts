import type { components } from '../../api/schema.generated';

type Schemas = components['schemas'];

/** Optional-and-nullable fields as the API returns them: always present, `null` when unknown. */
type Present<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };

export const OBLIGATION_KINDS = ['authority', 'customer', 'data_subjects'] as const;
export type Obligation = Schemas['ObligationDto'];
export type ObligationKind = Obligation['kind'];
export type ObligationState = Obligation['state'];
export type OpenObligation = Schemas['OpenObligationDto'];

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
] as const satisfies readonly Schemas['AssessmentFactsDto']['dataCategories'][number][];
export type DataCategory = (typeof DATA_CATEGORIES)[number];
export const IDENTIFIABILITY_LEVELS = ['negligible', 'limited', 'significant', 'maximum'] as const;
export const CONFIDENTIALITY_LEVELS = ['none', 'exposed', 'known_recipients', 'unknown_recipients'] as const;
export const INTEGRITY_LEVELS = ['none', 'altered', 'recoverable', 'unrecoverable'] as const;
export const AVAILABILITY_LEVELS = ['none', 'recoverable', 'temporary', 'permanent'] as const;

/** The assessment input (API.md § Assessment) as stored on a breach. */
export type BreachFacts = Present<Schemas['AssessmentFactsDto']>;

export type AffectedCustomer = Schemas['AffectedCustomerDto'];
/** The officer who owns a breach (issue #18): id and name only. */
export interface BreachOwner {
  id: string;
  name: string;
}
/** `owner` is declared here until the lead regenerates schema.generated.ts from the API. */
type WithOwner<T> = Omit<T, 'owner'> & { owner: BreachOwner | null };

export type BreachSummary = WithOwner<Schemas['BreachSummaryDto']>;
/**
 * A page of the register (keyset paging, issue #19). `totalExact` and `nextCursor` are declared
 * here until the lead regenerates schema.generated.ts from the API.
 */
export type BreachList = Omit<Schemas['BreachListDto'], 'items' | 'totalExact' | 'nextCursor'> & {
  items: BreachSummary[];
  /** False when more than 1,000 match: the server stopped counting and `total` is a lower bound. */
  totalExact: boolean;
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor: string | null;
};

/** The schema types a breach's `facts` loosely (an open object); it holds {@link BreachFacts}. */
export type Breach = WithOwner<Omit<Schemas['BreachDto'], 'facts'>> & { facts: BreachFacts | null };

export type CreateBreachBody = Omit<Schemas['CreateBreachDto'], 'facts'> & { facts?: BreachFacts | null };

/**
 * The schema's TimelineEntryDto only names `source`, `before` and `after`; the API also
 * sends the fields below (API.md § Breaches, timeline).
 */
export type TimelineEntry = Schemas['TimelineEntryDto'] & {
  at: string;
  action: string;
  actor: string;
  description: Schemas['LocalizedTextDto'];
};

export type Person = Schemas['PersonDto'];
export type Customer = Schemas['CustomerResponseDto'];
export type CustomerBody = Schemas['CreateCustomerDto'];
