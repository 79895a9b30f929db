import { api, dataOf } from '../../../api/client';
import { ApiError } from '../../../api/api-error';
import type { components } from '../../../api/schema.generated';

export type AuditVerification = components['schemas']['AuditVerificationDto'];

// GET /api/audit/events and /api/audit/actions are newer than schema.generated.ts: their types
// are declared here (as the API's audit-events.dto.ts states them) until the schema is regenerated.

export interface Localised {
  nl: string;
  en: string;
}

export interface AuditEvent {
  /** Position in the hash chain (a decimal string). */
  seq: string;
  at: string;
  /** The user who caused it; null for the system or the customer portal. */
  actor: { id: string; name: string } | null;
  /** Who in words: the user's name, "system" or "customer portal: <name>". */
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  breachId: string | null;
  breachReference: string | null;
  description: Localised;
  /** The stored payload, credentials masked by the API. */
  details: { before: Record<string, unknown> | null; after: Record<string, unknown> | null };
  hash: string;
}

export interface AuditEventsPage {
  items: AuditEvent[];
  /** Pass back for the next page; null on the last. */
  nextCursor: string | null;
}

export interface AuditAction {
  action: string;
  label: Localised;
}

/** The audit log's filters; each one left out matches everything. */
export interface AuditFilters {
  breachId?: string;
  actorId?: string;
  action?: string;
  /** First day, "2026-03-01" (Europe/Amsterdam). */
  from?: string;
  /** Last day, inclusive. */
  to?: string;
}

/** Rows per page (the API allows 1–200). */
export const AUDIT_PAGE_SIZE = 50;

export const auditQueryKey = ['audit'] as const;
export const auditVerificationQueryKey = ['audit', 'verify'] as const;
export const auditActionsQueryKey = ['audit', 'actions'] as const;
export const auditEventsQueryKey = (filters: AuditFilters) => ['audit', 'events', filters] as const;

const queryString = (query: Record<string, string | number | undefined>) =>
  new URLSearchParams(
    Object.entries(query).flatMap(([k, v]) => (v === undefined || v === '' ? [] : [[k, String(v)]])),
  ).toString();

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { credentials: 'include', headers: { Accept: 'application/json' } });
  if (!response.ok) throw await ApiError.fromResponse(response);
  return (await response.json()) as T;
}

/** Whether the hash chain holds, and its head (walks the whole chain: not polled). */
export async function getAuditVerification(): Promise<AuditVerification> {
  return dataOf(await api.GET('/api/audit/verify'));
}

/** One page of the log, newest first; `cursor` is the previous page's nextCursor. */
export function listAuditEvents(filters: AuditFilters, cursor?: string): Promise<AuditEventsPage> {
  return getJson(`/api/audit/events?${queryString({ ...filters, limit: AUDIT_PAGE_SIZE, cursor })}`);
}

/** The actions that occur in the log, for the action filter. */
export function listAuditActions(): Promise<AuditAction[]> {
  return getJson('/api/audit/actions');
}

/** Download link of the whole filtered log; semicolons open correctly in Dutch Excel. */
export function auditCsvHref(filters: AuditFilters, delimiter: 'comma' | 'semicolon'): string {
  return `/api/audit/events.csv?${queryString({ ...filters, delimiter })}`;
}
