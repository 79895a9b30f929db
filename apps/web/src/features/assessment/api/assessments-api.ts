import { api, dataOf } from '../../../api/client';
import type { components } from '../../../api/schema.generated';

type Schemas = components['schemas'];

export type Assessment = Schemas['AssessmentDto'];
export type AssessmentOutcome = Schemas['AssessmentOutcomeDto'];
export type AssessmentFacts = Schemas['AssessmentFactsDto'];
export type AssessmentOverrideInput = Schemas['AssessmentOverrideInputDto'];
export type EnisaBand = Schemas['EnisaSeverityDto']['band'];
export type FiredRule = Schemas['FiredRuleDto'];

export const assessmentsQueryKey = (breachId: string) => ['breaches', 'assessments', breachId] as const;

export async function listAssessments(breachId: string): Promise<Assessment[]> {
  return dataOf(await api.GET('/api/breaches/{id}/assessments', { params: { path: { id: breachId } } }));
}

/** Assesses the breach's current facts, optionally overriding the computed decision. */
export async function createAssessment(breachId: string, override?: AssessmentOverrideInput): Promise<Assessment> {
  return dataOf(
    await api.POST('/api/breaches/{id}/assessments', {
      params: { path: { id: breachId } },
      body: override ? { override } : {},
    }),
  );
}

/** Pure evaluation of facts; stores nothing. */
export async function evaluateFacts(facts: AssessmentFacts, signal?: AbortSignal): Promise<AssessmentOutcome> {
  return dataOf(await api.POST('/api/assessments/evaluate', { body: facts, signal }));
}
