import { api, dataOf } from '../../../api/client';
import type { components } from '../../../api/schema.generated';
import type { Escalation } from './escalations-api';

export type EscalationPage = components['schemas']['EscalationPageDto'];

export const escalationPageQueryKey = (id: string, token: string | null) => ['escalation-page', id, token] as const;

/** What the mail link shows. Reading it changes nothing (mail scanners open links too). */
export async function getEscalationPage(id: string, token: string | null): Promise<EscalationPage> {
  return dataOf(
    await api.GET('/api/escalations/{id}/page', {
      params: { path: { id }, query: token ? { r: token } : {} },
    }),
  );
}

/** A recipient without an account: the one-time code from their own mail. */
export async function acknowledgeWithCode(id: string, token: string, code: string): Promise<Escalation> {
  return dataOf(
    await api.POST('/api/escalations/{id}/acknowledge-with-code', {
      params: { path: { id } },
      body: { r: token, code },
    }),
  );
}
