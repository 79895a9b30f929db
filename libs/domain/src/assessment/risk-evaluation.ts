import { type AssessmentFacts, FRAUD_SENSITIVE_DATA_CATEGORIES, SPECIAL_DATA_CATEGORIES } from './assessment-input';
import { type EnisaSeverity, type FiredRule } from './assessment-outcome';
import {
  AVAILABILITY_BRIEF,
  AVAILABILITY_HARMFUL_DELAY,
  AVAILABILITY_LOST,
  CONFIDENTIALITY_DISCLOSED,
  CONFIDENTIALITY_EXPOSED,
  CONFIDENTIALITY_PUBLISHED,
  type EffectiveImpact,
  effectiveImpact,
  INTEGRITY_ALTERED,
  INTEGRITY_LOST,
  INTEGRITY_MISUSE,
  type Mitigations,
} from './effective-impact';
import { fireRule } from './rule-catalogue';
import { atLeast, isAtLeast, raisedOneStep, type RiskLevel } from './risk-level';

/*
 * The risk test of art. 33/34 weighed by the WP250 §IV.B factors, not by the ENISA band alone:
 * the band mixes "how bad would it be" (DPC × EI) with "what happened" (CB), and a few minutes'
 * outage of a hospital system scores "very high" while WP250 calls it no risk at all. So each
 * kind of loss is judged on its own, against how much harm the data can do (DPC × EI), then
 * the factors about the people affected move the result.
 *
 * Harm potential H = DPC × EI in hundredths: 100 = plain contact data, 300 = financial, identity
 * or credential data that identify someone directly, 400 = identifiable special-category data.
 */
const MODERATE_HARM = 200;
const SERIOUS_HARM = 300;
const GRAVE_HARM = 400;

/** ENISA's own "number of individuals" flag uses > 100; above it, some of many will be harmed. */
export const MANY_SUBJECTS_THRESHOLD = 100;
/**
 * Our threshold for "large scale" (not in the law; WP250 only says numbers matter). At this size
 * data in the wrong hands will, for some, be misused, so the breach is a high risk when the data
 * are sensitive or were taken deliberately.
 */
export const LARGE_SCALE_SUBJECTS_THRESHOLD = 10_000;

export interface RiskEvaluation {
  level: RiskLevel;
  rules: FiredRule[];
}

function confidentialityRisk(impact: EffectiveImpact, harm: number, malicious: boolean): RiskLevel {
  switch (impact.confidentiality) {
    case CONFIDENTIALITY_EXPOSED:
      // Nobody is known to have seen it: only data whose misuse is grave is a high risk.
      if (harm >= GRAVE_HARM) return 'high';
      return harm >= MODERATE_HARM ? 'risk' : 'low';
    case CONFIDENTIALITY_DISCLOSED:
      if (harm >= SERIOUS_HARM) return 'high';
      return harm >= MODERATE_HARM || malicious ? 'risk' : 'low';
    case CONFIDENTIALITY_PUBLISHED:
      return harm >= MODERATE_HARM ? 'high' : 'risk';
    default:
      return 'none';
  }
}

function integrityRisk(impact: EffectiveImpact, harm: number, malicious: boolean): RiskLevel {
  switch (impact.integrity) {
    case INTEGRITY_ALTERED:
      // Altered without any incorrect use found: only matters where wrong data can do real harm.
      return harm >= SERIOUS_HARM ? 'risk' : 'low';
    case INTEGRITY_MISUSE:
      return harm >= SERIOUS_HARM && malicious ? 'high' : 'risk';
    case INTEGRITY_LOST:
      return harm >= SERIOUS_HARM ? 'high' : 'risk';
    default:
      return 'none';
  }
}

function availabilityRisk(impact: EffectiveImpact, harm: number): RiskLevel {
  switch (impact.availability) {
    case AVAILABILITY_BRIEF:
      return 'low';
    case AVAILABILITY_HARMFUL_DELAY:
      // A delay that harms is a high risk where people depend on the data for e.g. their care.
      return harm >= GRAVE_HARM ? 'high' : 'risk';
    case AVAILABILITY_LOST:
      return harm >= SERIOUS_HARM ? 'high' : 'risk';
    default:
      return 'none';
  }
}

function highest(levels: readonly RiskLevel[]): RiskLevel {
  return levels.reduce<RiskLevel>((worst, level) => atLeast(worst, level), 'none');
}

function mitigationRules(impact: EffectiveImpact): FiredRule[] {
  const rules: FiredRule[] = [];
  if (impact.exfiltration) rules.push(fireRule('RISK_EXFILTRATION'));
  if (impact.unintelligibleApplied) rules.push(fireRule('RISK_UNINTELLIGIBLE'));
  if (impact.trustedRecipientApplied) rules.push(fireRule('RISK_TRUSTED_RECIPIENT'));
  if (impact.trustedRecipientNotApplied) rules.push(fireRule('RISK_TRUSTED_RECIPIENT_NOT_APPLIED'));
  if (impact.backupApplied) rules.push(fireRule('RISK_BACKUP_AVAILABLE'));
  return rules;
}

function impactRules(impact: EffectiveImpact, malicious: boolean): FiredRule[] {
  const rules: FiredRule[] = [];
  if (impact.confidentiality === CONFIDENTIALITY_EXPOSED) rules.push(fireRule('RISK_CONFIDENTIALITY_EXPOSED'));
  if (impact.confidentiality === CONFIDENTIALITY_DISCLOSED) rules.push(fireRule('RISK_CONFIDENTIALITY_DISCLOSED'));
  if (impact.confidentiality === CONFIDENTIALITY_PUBLISHED) rules.push(fireRule('RISK_CONFIDENTIALITY_PUBLISHED'));
  if (impact.integrity > 0) rules.push(fireRule('RISK_INTEGRITY'));
  if (impact.availability >= AVAILABILITY_HARMFUL_DELAY) rules.push(fireRule('RISK_AVAILABILITY_LOSS'));
  else if (impact.availability > 0) rules.push(fireRule('RISK_AVAILABILITY_BRIEF'));
  if (malicious) rules.push(fireRule('RISK_MALICIOUS'));
  return rules;
}

export function evaluateRisk(facts: AssessmentFacts, enisa: EnisaSeverity, mitigations: Mitigations): RiskEvaluation {
  const impact = effectiveImpact(facts, mitigations);
  const rules = mitigationRules(impact);
  const anyLoss = impact.confidentiality > 0 || impact.integrity > 0 || impact.availability > 0;
  if (!anyLoss) {
    return { level: 'none', rules: [...rules, fireRule('RISK_NO_IMPACT')] };
  }
  rules.push(...impactRules(impact, facts.malicious));

  const harm = enisa.dpc * Math.round(enisa.ei * 100);
  let level = highest([
    confidentialityRisk(impact, harm, facts.malicious),
    integrityRisk(impact, harm, facts.malicious),
    availabilityRisk(impact, harm),
  ]);

  // Personal data actually at stake: readable by others, possibly misused, or lost in a way that hurts.
  const compromised =
    impact.confidentiality > 0 ||
    impact.integrity >= INTEGRITY_MISUSE ||
    impact.availability >= AVAILABILITY_HARMFUL_DELAY;
  // In wrong hands or misused, as opposed to merely exposed or unavailable.
  const inWrongHands = impact.confidentiality >= CONFIDENTIALITY_DISCLOSED || impact.integrity >= INTEGRITY_MISUSE;

  const hasSpecialData = facts.dataCategories.some((category) => SPECIAL_DATA_CATEGORIES.includes(category));
  if (hasSpecialData) {
    rules.push(fireRule('RISK_SPECIAL_CATEGORY'));
    // A dpcAdjustment that marks the data as trivial ("had a general blood test") or poorly
    // identifiable data keep their lower assessment; otherwise leaked special data is never
    // "unlikely" and readable, identifiable special data in others' hands is a high risk.
    if (compromised && enisa.dpc >= 3 && enisa.ei >= 0.5) level = atLeast(level, 'risk');
    if (impact.confidentiality >= CONFIDENTIALITY_DISCLOSED && enisa.dpc >= 3 && enisa.ei >= 0.75) {
      level = atLeast(level, 'high');
    }
  }
  if (
    impact.confidentiality > 0 &&
    facts.dataCategories.some((category) => FRAUD_SENSITIVE_DATA_CATEGORIES.includes(category))
  ) {
    rules.push(fireRule('RISK_FRAUD_SENSITIVE_DATA'));
  }
  if (enisa.ei <= 0.5) {
    rules.push(
      fireRule('RISK_IDENTIFIABILITY_LIMITED', {
        eiNl: String(enisa.ei).replace('.', ','),
        eiEn: enisa.ei,
      }),
    );
  }

  if (facts.vulnerableSubjects && compromised) {
    rules.push(fireRule('RISK_VULNERABLE_SUBJECTS'));
    level = raisedOneStep(level);
  }

  const count = facts.subjectsCount;
  if (count === null) {
    rules.push(fireRule('RISK_SUBJECTS_UNKNOWN'));
  } else if (compromised && count >= LARGE_SCALE_SUBJECTS_THRESHOLD) {
    rules.push(
      fireRule('RISK_LARGE_SCALE', {
        count,
        threshold: LARGE_SCALE_SUBJECTS_THRESHOLD,
      }),
    );
    level = atLeast(level, 'risk');
    if (inWrongHands && (facts.malicious || harm >= MODERATE_HARM)) level = atLeast(level, 'high');
  } else if (compromised && count > MANY_SUBJECTS_THRESHOLD) {
    rules.push(fireRule('RISK_VOLUME', { count, threshold: MANY_SUBJECTS_THRESHOLD }));
    level = atLeast(level, 'risk');
  }

  return { level: isAtLeast(level, 'low') ? level : 'low', rules };
}
