import { api, dataOf } from '../../../api/client';
import type { components } from '../../../api/schema.generated';

export type Session = components['schemas']['SessionDto'];

export const sessionsQueryKey = ['auth', 'sessions'] as const;

export async function fetchSessions(): Promise<Session[]> {
  return dataOf(await api.GET('/api/auth/sessions'));
}

export async function endSession(id: string): Promise<void> {
  // 204: no body (errors are thrown by the client's middleware)
  await api.DELETE('/api/auth/sessions/{id}', { params: { path: { id } } });
}

export async function logoutEverywhere(): Promise<number> {
  return dataOf(await api.POST('/api/auth/logout-everywhere')).ended;
}
