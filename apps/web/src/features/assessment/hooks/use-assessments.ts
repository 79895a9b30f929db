import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { breachQueryKey, breachesQueryKey } from '../../../shared/breaches/breaches-api';
import {
  type AssessmentFacts,
  type AssessmentOverrideInput,
  assessmentsQueryKey,
  createAssessment,
  evaluateFacts,
  listAssessments,
} from '../api/assessments-api';

export function useAssessments(breachId: string) {
  return useQuery({ queryKey: assessmentsQueryKey(breachId), queryFn: () => listAssessments(breachId) });
}

/** "Beoordelen" (no override) and "Afwijken…" (with one); refreshes the breach and its deadlines. */
export function useCreateAssessment(breachId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (override?: AssessmentOverrideInput) => createAssessment(breachId, override),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: breachQueryKey(breachId) }),
        queryClient.invalidateQueries({ queryKey: assessmentsQueryKey(breachId) }),
        queryClient.invalidateQueries({ queryKey: breachesQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['obligations'] }),
      ]);
    },
  });
}

/** The live preview; `facts` null while the input is not complete enough to evaluate. */
export function useEvaluation(facts: AssessmentFacts | null) {
  return useQuery({
    queryKey: ['assessments', 'evaluate', facts],
    queryFn: ({ signal }) => evaluateFacts(facts as AssessmentFacts, signal),
    enabled: facts !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: false,
  });
}
