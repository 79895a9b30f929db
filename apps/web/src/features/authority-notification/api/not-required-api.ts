import { api, dataOf } from '../../../api/client';
import type { Obligation } from '../../../shared/breaches/breach-types';

export const MIN_RATIONALE = 10;

export async function proposeNotRequired(obligationId: string, rationale: string): Promise<Obligation> {
  return dataOf(
    await api.POST('/api/obligations/{id}/not-required', {
      params: { path: { id: obligationId } },
      body: { rationale },
    }),
  );
}

export async function approveNotRequired(obligationId: string): Promise<Obligation> {
  return dataOf(
    await api.POST('/api/obligations/{id}/not-required/approve', { params: { path: { id: obligationId } } }),
  );
}

export async function rejectNotRequired(obligationId: string, reason: string): Promise<Obligation> {
  return dataOf(
    await api.POST('/api/obligations/{id}/not-required/reject', {
      params: { path: { id: obligationId } },
      body: { reason },
    }),
  );
}
