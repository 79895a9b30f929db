import { api, dataOf } from '../../../api/client';
import type { components } from '../../../api/schema.generated';

export type MailSummary = components['schemas']['MailSummaryDto'];
export type Mail = components['schemas']['MailDto'];
export type MailStatus = MailSummary['status'];

export const mailQueryKey = ['mail'] as const;
export const mailListQueryKey = (breachId?: string) => ['mail', 'list', breachId ?? 'all'] as const;
export const mailDetailQueryKey = (id: string) => ['mail', 'detail', id] as const;

export async function listMail(breachId?: string): Promise<MailSummary[]> {
  return dataOf(await api.GET('/api/mail', { params: { query: breachId ? { breachId } : {} } }));
}

export async function getMail(id: string): Promise<Mail> {
  return dataOf(await api.GET('/api/mail/{id}', { params: { path: { id } } }));
}

export async function retryMail(id: string): Promise<MailSummary> {
  return dataOf(await api.POST('/api/mail/{id}/retry', { params: { path: { id } } }));
}
