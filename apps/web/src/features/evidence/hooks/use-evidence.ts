import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { timelineQueryKey } from '../../../shared/breaches/breaches-api';
import {
  deleteEvidence,
  evidenceQueryKey,
  evidenceSettingsQueryKey,
  getEvidenceSettings,
  listEvidence,
  uploadEvidence,
} from '../api/evidence-api';

export function useEvidence(breachId: string) {
  return useQuery({ queryKey: evidenceQueryKey(breachId), queryFn: () => listEvidence(breachId) });
}

export function useEvidenceSettings() {
  return useQuery({ queryKey: evidenceSettingsQueryKey, queryFn: getEvidenceSettings, staleTime: Infinity });
}

/** Uploads one file with its progress (0–1), then refreshes the list and the timeline (the upload is on it). */
export function useUploadEvidence(breachId: string) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState(0);
  const mutation = useMutation({
    mutationFn: (file: File) => {
      setProgress(0);
      return uploadEvidence(breachId, file, setProgress);
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: evidenceQueryKey(breachId) }),
        queryClient.invalidateQueries({ queryKey: timelineQueryKey(breachId) }),
      ]),
  });
  return { ...mutation, progress };
}

export function useDeleteEvidence(breachId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => deleteEvidence(breachId, id, reason),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: evidenceQueryKey(breachId) }),
        queryClient.invalidateQueries({ queryKey: timelineQueryKey(breachId) }),
      ]),
  });
}
