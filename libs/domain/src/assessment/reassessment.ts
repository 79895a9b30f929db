import { type AssessmentFacts } from './assessment-input';
import { type AssessmentOutcome } from './assessment-outcome';

/** The parts of an outcome that decide a duty or how serious the breach is. */
export const OUTCOME_FIELDS = [
  'authority.required',
  'authority.notifyController',
  'dataSubjects.required',
  'dataSubjects.exception',
  'enisa.band',
] as const;
export type OutcomeField = (typeof OUTCOME_FIELDS)[number];

export interface OutcomeChange {
  field: OutcomeField;
  /** As the latest final outcome has it. */
  from: boolean | string | null;
  /** As the engine computes it for the current facts. */
  to: boolean | string | null;
}

export interface ReassessmentOffer {
  /** Top-level fact names whose value differs from the assessed facts, in alphabetical order. */
  changedFacts: string[];
  /** What a re-assessment would change in the outcome; empty when the changed facts change nothing. */
  outcomeChanges: OutcomeChange[];
}

const pick = (o: AssessmentOutcome, field: OutcomeField): boolean | string | null => {
  switch (field) {
    case 'authority.required':
      return o.authority.required;
    case 'authority.notifyController':
      return o.authority.notifyController;
    case 'dataSubjects.required':
      return o.dataSubjects.required;
    case 'dataSubjects.exception':
      return o.dataSubjects.exception;
    case 'enisa.band':
      return o.enisa.band;
  }
};

/** Canonical JSON (sorted keys) so that key order never counts as a change. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );

/** Which facts differ between what was assessed and what the breach says now. */
export function changedFacts(assessed: AssessmentFacts, current: AssessmentFacts): string[] {
  const a = assessed as unknown as Record<string, unknown>;
  const c = current as unknown as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(c)])].sort();
  return keys.filter((k) => canonical(a[k] ?? null) !== canonical(c[k] ?? null));
}

/** Outcome fields in which `current` differs from `latest`. */
export function compareOutcomes(latest: AssessmentOutcome, current: AssessmentOutcome): OutcomeChange[] {
  return OUTCOME_FIELDS.map((field) => ({ field, from: pick(latest, field), to: pick(current, field) })).filter(
    (c) => c.from !== c.to,
  );
}

/**
 * Facts edited after the latest assessment: offer a re-assessment and say what it would change.
 * The comparison is against the latest *final* outcome (what the duties follow now), so an
 * override that the new facts would undo shows up too. null when the facts did not change: an
 * override alone is a decision already taken, not news.
 */
export function reassessmentOffer(input: {
  assessedFacts: AssessmentFacts;
  latestFinal: AssessmentOutcome;
  currentFacts: AssessmentFacts;
  currentComputed: AssessmentOutcome;
}): ReassessmentOffer | null {
  const facts = changedFacts(input.assessedFacts, input.currentFacts);
  if (facts.length === 0) return null;
  return { changedFacts: facts, outcomeChanges: compareOutcomes(input.latestFinal, input.currentComputed) };
}
