import { type AssessmentFacts } from './assessment-input';
import {
  type AssessmentOutcome,
  type DataSubjectException,
  type EnisaSeverity,
  type FiredRule,
} from './assessment-outcome';
import { ALL_MITIGATIONS, MITIGATIONS_EXCEPT_UNINTELLIGIBLE, NO_MITIGATIONS } from './effective-impact';
import { enisaSeverity } from './enisa';
import { evaluateRisk } from './risk-evaluation';
import { fireRule } from './rule-catalogue';
import { isAtLeast, type RiskLevel } from './risk-level';

/**
 * Above this many people, contacting each one may be disproportionate (art. 34(3)(c)). The engine
 * only points this out: whether the effort really is disproportionate depends on what contact
 * details exist, which only a person can judge.
 */
export const DISPROPORTIONATE_EFFORT_HINT_THRESHOLD = 100_000;

const BAND_TEXT = {
  low: { nl: 'laag', en: 'low' },
  medium: { nl: 'gemiddeld', en: 'medium' },
  high: { nl: 'hoog', en: 'high' },
  very_high: { nl: 'zeer hoog', en: 'very high' },
} as const;

function enisaRule(enisa: EnisaSeverity): FiredRule {
  const nl = (value: number, digits: number): string => value.toFixed(digits).replace('.', ',');
  return fireRule('ENISA_SEVERITY', {
    dpc: enisa.dpc,
    eiNl: nl(enisa.ei, 2),
    eiEn: enisa.ei.toFixed(2),
    cbNl: nl(enisa.cb, 2),
    cbEn: enisa.cb.toFixed(2),
    scoreNl: nl(enisa.score, 2),
    scoreEn: enisa.score.toFixed(2),
    bandNl: BAND_TEXT[enisa.band].nl,
    bandEn: BAND_TEXT[enisa.band].en,
  });
}

/**
 * Which art. 34(3) exception took away a high risk, if any. Encryption (a) is asked first because
 * it is the measure in place before the breach; trusted-recipient deletion and restoring from
 * backup are measures taken afterwards (b).
 */
function exceptionThatRemovedHighRisk(facts: AssessmentFacts, enisa: EnisaSeverity): DataSubjectException | null {
  if (facts.dataUnintelligible && evaluateRisk(facts, enisa, MITIGATIONS_EXCEPT_UNINTELLIGIBLE).level === 'high') {
    return 'unintelligible';
  }
  if (evaluateRisk(facts, enisa, NO_MITIGATIONS).level === 'high') {
    return 'subsequent_measures';
  }
  return null;
}

function processorOutcome(level: RiskLevel): Pick<AssessmentOutcome, 'authority' | 'dataSubjects'> & {
  rules: FiredRule[];
} {
  const advice =
    level === 'high'
      ? 'PROCESSOR_ADVICE_HIGH_RISK'
      : level === 'risk'
        ? 'PROCESSOR_ADVICE_RISK'
        : 'PROCESSOR_ADVICE_UNLIKELY_RISK';
  return {
    authority: { required: false, notifyController: true },
    dataSubjects: { required: false, exception: null },
    rules: [fireRule('ART33_2_PROCESSOR'), fireRule('ART34_CONTROLLER_DECIDES'), fireRule(advice)],
  };
}

function controllerOutcome(
  facts: AssessmentFacts,
  enisa: EnisaSeverity,
  level: RiskLevel,
): Pick<AssessmentOutcome, 'authority' | 'dataSubjects'> & {
  rules: FiredRule[];
} {
  const rules: FiredRule[] = [];
  // Notifying is the default: only a finding of "unlikely to result in a risk" lifts it.
  const authorityRequired = isAtLeast(level, 'risk');
  rules.push(fireRule(authorityRequired ? 'ART33_RISK' : 'ART33_UNLIKELY_RISK'));

  let dataSubjectsRequired = false;
  let exception: DataSubjectException | null = null;
  if (level === 'high') {
    if (facts.financialUndertaking) {
      rules.push(fireRule('UAVG_42_FINANCIAL'));
    } else {
      dataSubjectsRequired = true;
      rules.push(fireRule('ART34_HIGH_RISK'));
      const count = facts.subjectsCount;
      if (count !== null && count >= DISPROPORTIONATE_EFFORT_HINT_THRESHOLD) {
        rules.push(fireRule('ART34_3C_DISPROPORTIONATE', { count }));
      }
    }
  } else {
    exception = exceptionThatRemovedHighRisk(facts, enisa);
    if (exception === 'unintelligible') rules.push(fireRule('ART34_3A_UNINTELLIGIBLE'));
    else if (exception === 'subsequent_measures') rules.push(fireRule('ART34_3B_SUBSEQUENT_MEASURES'));
    else rules.push(fireRule('ART34_NO_HIGH_RISK'));
    if (facts.financialUndertaking) rules.push(fireRule('UAVG_42_FINANCIAL'));
  }

  return {
    authority: { required: authorityRequired, notifyController: false },
    dataSubjects: { required: dataSubjectsRequired, exception },
    rules,
  };
}

/**
 * Assesses a breach's facts: ENISA severity for the record, the art. 33 and art. 34 duties, and a
 * trace of every rule that fired. Pure: the same facts always give the same outcome.
 */
export function assess(facts: AssessmentFacts): AssessmentOutcome {
  const enisa = enisaSeverity(facts);
  const risk = evaluateRisk(facts, enisa, ALL_MITIGATIONS);
  const decision =
    facts.role === 'processor' ? processorOutcome(risk.level) : controllerOutcome(facts, enisa, risk.level);
  return {
    enisa,
    authority: decision.authority,
    dataSubjects: decision.dataSubjects,
    rules: [enisaRule(enisa), ...risk.rules, ...decision.rules],
  };
}
