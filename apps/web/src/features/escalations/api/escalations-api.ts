import { api, dataOf } from '../../../api/client';
import type { components } from '../../../api/schema.generated';

export type Escalation = components['schemas']['EscalationDto'];
export type EscalationState = Escalation['state'];

export const escalationsQueryKey = (breachId: string) => ['escalations', breachId] as const;

export async function listEscalations(breachId: string): Promise<Escalation[]> {
  return dataOf(await api.GET('/api/escalations', { params: { query: { breachId } } }));
}

export async function acknowledgeEscalation(id: string): Promise<Escalation> {
  return dataOf(await api.POST('/api/escalations/{id}/acknowledge', { params: { path: { id } } }));
}
