/**
 * The facts an assessment is computed from ("Assessment input" in API.md). The value lists are
 * exported as `const` arrays so the API can validate against exactly the same values the engine
 * understands, and the web can render its form options from them.
 */

export const PROCESSING_ROLES = ['controller', 'processor'] as const;
export type ProcessingRole = (typeof PROCESSING_ROLES)[number];

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

/** Art. 9 and art. 10 GDPR data: the categories the AP calls "very clear" risk when leaked. */
export const SPECIAL_DATA_CATEGORIES: readonly DataCategory[] = [
  'special_category_health',
  'special_category_other',
  'criminal',
];

/**
 * Data that can be misused for fraud or account takeover: the old AP policy rules (2015, §4.2.1)
 * list these next to special data as "sensitive", and they still drive the AP's assessment.
 */
export const FRAUD_SENSITIVE_DATA_CATEGORIES: readonly DataCategory[] = [
  'financial',
  'credentials',
  'identity_documents',
  'national_id_number',
];

/** ENISA EI, ordered from hardest to easiest to identify. */
export const IDENTIFIABILITY_LEVELS = ['negligible', 'limited', 'significant', 'maximum'] as const;
export type Identifiability = (typeof IDENTIFIABILITY_LEVELS)[number];

/** Ordered from no loss to the worst loss; the engine relies on this order. */
export const CONFIDENTIALITY_LEVELS = ['none', 'exposed', 'known_recipients', 'unknown_recipients'] as const;
export type ConfidentialityImpact = (typeof CONFIDENTIALITY_LEVELS)[number];

/** Ordered from no loss to the worst loss; the engine relies on this order. */
export const INTEGRITY_LEVELS = ['none', 'altered', 'recoverable', 'unrecoverable'] as const;
export type IntegrityImpact = (typeof INTEGRITY_LEVELS)[number];

/** Ordered from no loss to the worst loss; the engine relies on this order. */
export const AVAILABILITY_LEVELS = ['none', 'recoverable', 'temporary', 'permanent'] as const;
export type AvailabilityImpact = (typeof AVAILABILITY_LEVELS)[number];

export const DPC_ADJUSTMENT_MIN = -3;
export const DPC_ADJUSTMENT_MAX = 3;

export interface AssessmentFacts {
  role: ProcessingRole;
  /** At least one; the most sensitive one sets the ENISA DPC. */
  dataCategories: DataCategory[];
  /** ENISA contextual adjustment of the DPC, integer −3…+3. */
  dpcAdjustment: number;
  /** Required when dpcAdjustment is not 0, so the register shows why the score moved. */
  dpcAdjustmentReason: string | null;
  /** null = not known yet; volume is then not weighed. */
  subjectsCount: number | null;
  vulnerableSubjects: boolean;
  identifiability: Identifiability;
  confidentiality: ConfidentialityImpact;
  integrity: IntegrityImpact;
  availability: AvailabilityImpact;
  malicious: boolean;
  /** Encrypted/hashed to the state of the art with the key not compromised (art. 34(3)(a)). */
  dataUnintelligible: boolean;
  /** A known, trusted recipient who confirmed deletion. */
  recipientTrusted: boolean;
  exfiltrationEvidence: boolean | null;
  backupAvailable: boolean | null;
  /** The controller is a financial undertaking under the Wft (UAVG art. 42). */
  financialUndertaking: boolean;
}
