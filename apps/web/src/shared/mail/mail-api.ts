import { api, dataOf } from '../../api/client';
import type { components } from '../../api/schema.generated';

export type MailSummary = components['schemas']['MailSummaryDto'];
export type Mail = components['schemas']['MailDto'];
export type MailStatus = MailSummary['status'];
export type MailKind = MailSummary['kind'];

export const MAIL_KINDS: readonly MailKind[] = ['escalation', 'notice', 'system'];
export const MAIL_STATUSES: readonly MailStatus[] = ['queued', 'sent', 'failed'];
/** Rows per page of the mailbox (the API allows 1–200). */
export const MAIL_PAGE_SIZE = 50;

/** The mailbox's filters; each one left out matches everything. */
export interface MailFilters {
  kind?: MailKind;
  status?: MailStatus;
  breachId?: string;
  /** Part of the recipient's address or name, any case. */
  recipient?: string;
}

export interface MailPage {
  items: MailSummary[];
  /** Pass back for the next page; null on the last. */
  nextCursor: string | null;
  /** Messages matching the filters, on all pages; a lower bound when totalExact is false. */
  total: number;
  /** False when the server stopped counting at 1,000. */
  totalExact: boolean;
}

export const mailQueryKey = ['mail'] as const;
export const mailListQueryKey = (breachId?: string) => ['mail', 'list', breachId ?? 'all'] as const;
export const mailPagesQueryKey = (filters: MailFilters) => ['mail', 'pages', filters] as const;
export const mailDetailQueryKey = (id: string) => ['mail', 'detail', id] as const;

export async function listMail(breachId?: string): Promise<MailSummary[]> {
  return dataOf(await api.GET('/api/mail', { params: { query: breachId ? { breachId } : {} } }));
}

/** One page of the mailbox, newest first; `cursor` is the previous page's nextCursor. */
export async function listMailPage(filters: MailFilters, cursor?: string): Promise<MailPage> {
  const query = { ...filters, limit: MAIL_PAGE_SIZE, ...(cursor ? { cursor } : {}) };
  return dataOf(await api.GET('/api/mail/page', { params: { query } }));
}

export async function getMail(id: string): Promise<Mail> {
  return dataOf(await api.GET('/api/mail/{id}', { params: { path: { id } } }));
}

export async function retryMail(id: string): Promise<MailSummary> {
  return dataOf(await api.POST('/api/mail/{id}/retry', { params: { path: { id } } }));
}
