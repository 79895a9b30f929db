import {
  type AssessmentFacts,
  type AvailabilityImpact,
  type ConfidentialityImpact,
  type DataCategory,
  DPC_ADJUSTMENT_MAX,
  DPC_ADJUSTMENT_MIN,
  type Identifiability,
  type IntegrityImpact,
} from './assessment-input';
import { type EnisaSeverity, type SeverityBand } from './assessment-outcome';

/*
 * ENISA 2013 severity: SE = DPC × EI + CB (legal.md §7). All arithmetic is done in hundredths
 * (integers) so that 3 × 0.75 + 0.25 is exactly 2.5 and a score never lands a band too low
 * through floating point drift.
 */

export const DPC_MIN = 1;
export const DPC_MAX = 4;

/**
 * ENISA base scores (Assessment Table 1) for our categories, before contextual adjustment.
 * - contact, business_only: "simple" data (1).
 * - location_behavioural: "behavioural" data (2).
 * - financial: ENISA's own "financial" category (3).
 * - credentials: ENISA scores credentials as what they unlock. We cannot see that from the
 *   category, so we assume the typical case: account takeover leading to fraud or, through
 *   password reuse, to banking and other accounts, i.e. financial-level harm (3). Credentials
 *   that only unlock a newsletter profile are adjusted down, credentials that unlock health
 *   records up, with dpcAdjustment and a reason.
 * - identity_documents, national_id_number: ENISA has no own category. Copies of ID documents
 *   and the BSN are the classic tools of identity fraud (the old AP policy rules list them as
 *   sensitive next to financial data), whose harm is financial (loans, accounts opened in the
 *   victim's name), so they score as financial (3).
 * - special_category_health, special_category_other, criminal: ENISA "sensitive" (4).
 */
export const DPC_BASE_SCORES: Readonly<Record<DataCategory, number>> = {
  contact: 1,
  business_only: 1,
  location_behavioural: 2,
  financial: 3,
  credentials: 3,
  identity_documents: 3,
  national_id_number: 3,
  special_category_health: 4,
  special_category_other: 4,
  criminal: 4,
};

/** ENISA EI values, verbatim. */
export const EASE_OF_IDENTIFICATION: Readonly<Record<Identifiability, number>> = {
  negligible: 0.25,
  limited: 0.5,
  significant: 0.75,
  maximum: 1,
};

/** ENISA CB points per element. A loss that is quickly undone scores 0; it is never subtracted. */
export const CB_CONFIDENTIALITY_POINTS: Readonly<Record<ConfidentialityImpact, number>> = {
  none: 0,
  exposed: 0,
  known_recipients: 0.25,
  unknown_recipients: 0.5,
};
export const CB_INTEGRITY_POINTS: Readonly<Record<IntegrityImpact, number>> = {
  none: 0,
  altered: 0,
  recoverable: 0.25,
  unrecoverable: 0.5,
};
export const CB_AVAILABILITY_POINTS: Readonly<Record<AvailabilityImpact, number>> = {
  none: 0,
  recoverable: 0,
  temporary: 0.25,
  permanent: 0.5,
};
export const CB_MALICIOUS_POINTS = 0.5;

/** Lower bound of each band (SE < 2 low, 2 ≤ SE < 3 medium, 3 ≤ SE < 4 high, SE ≥ 4 very high). */
export const SEVERITY_BAND_THRESHOLDS: Readonly<Record<Exclude<SeverityBand, 'low'>, number>> = {
  medium: 2,
  high: 3,
  very_high: 4,
};

/** Bounds of SE: 1 × 0.25 + 0 and 4 × 1 + 2. */
export const ENISA_SCORE_MIN = 0.25;
export const ENISA_SCORE_MAX = 6;

const toHundredths = (value: number): number => Math.round(value * 100);
const fromHundredths = (hundredths: number): number => hundredths / 100;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Highest category wins (ENISA step 3); the adjustment is then applied and the result kept in 1–4. */
export function dataProcessingContext(categories: readonly DataCategory[], adjustment: number): number {
  const base = categories.reduce((highest, category) => Math.max(highest, DPC_BASE_SCORES[category]), DPC_MIN);
  const boundedAdjustment = clamp(Math.trunc(adjustment), DPC_ADJUSTMENT_MIN, DPC_ADJUSTMENT_MAX);
  return clamp(base + boundedAdjustment, DPC_MIN, DPC_MAX);
}

export function circumstancesOfBreach(
  facts: Pick<AssessmentFacts, 'confidentiality' | 'integrity' | 'availability' | 'malicious'>,
): number {
  const hundredths =
    toHundredths(CB_CONFIDENTIALITY_POINTS[facts.confidentiality]) +
    toHundredths(CB_INTEGRITY_POINTS[facts.integrity]) +
    toHundredths(CB_AVAILABILITY_POINTS[facts.availability]) +
    (facts.malicious ? toHundredths(CB_MALICIOUS_POINTS) : 0);
  return fromHundredths(hundredths);
}

export function severityBand(score: number): SeverityBand {
  const hundredths = toHundredths(score);
  if (hundredths >= toHundredths(SEVERITY_BAND_THRESHOLDS.very_high)) return 'very_high';
  if (hundredths >= toHundredths(SEVERITY_BAND_THRESHOLDS.high)) return 'high';
  if (hundredths >= toHundredths(SEVERITY_BAND_THRESHOLDS.medium)) return 'medium';
  return 'low';
}

export function enisaSeverity(facts: AssessmentFacts): EnisaSeverity {
  const dpc = dataProcessingContext(facts.dataCategories, facts.dpcAdjustment);
  const ei = EASE_OF_IDENTIFICATION[facts.identifiability];
  const cb = circumstancesOfBreach(facts);
  const score = fromHundredths(dpc * toHundredths(ei) + toHundredths(cb));
  return { dpc, ei, cb, score, band: severityBand(score) };
}
