import { api, dataOf } from '../../../api/client';
import type { components } from '../../../api/schema.generated';
import type { Language } from '../../../api/types';

type Schemas = components['schemas'];

export type AuthorityNotification = Schemas['AuthorityNotificationDto'];
/** Every answer of the AP form by section (null: not answered), as the API sends it. */
export type ApContent = Schemas['AuthorityNotificationContentDto'];
/** A partial change: any sections, each with any of its answers (null clears one). */
export type ApContentPatch = Schemas['AuthorityNotificationContentPatchDto'];
export type ApState = AuthorityNotification['state'];
export type SectionCompleteness = Schemas['SectionCompletenessDto'];
export type RecordSubmissionBody = Schemas['RecordSubmissionDto'];
export type FollowUpInput = Schemas['FollowUpContentInputDto'];
export type FollowUp = Schemas['FollowUpDto'];
export type AuthorityNotificationSummary = Schemas['AuthorityNotificationSummaryDto'];

export const AP_STATES = [
  'draft',
  'awaiting_approval',
  'approved',
  'submitted',
  'withdrawn',
] as const satisfies readonly ApState[];

/** One section's answers, as a partial change (null clears an answer). */
export type SectionAnswers = Record<string, unknown>;

export const authorityNotificationQueryKey = (breachId: string) => ['authority-notification', breachId] as const;
export const apExportQueryKey = (breachId: string, lang: Language) =>
  ['authority-notification', breachId, 'export', lang] as const;

const path = (id: string) => ({ params: { path: { id } } });

export const authorityNotificationListQueryKey = (state: ApState) => ['authority-notifications', state] as const;

/** Across breaches, e.g. every notification waiting for a manager's approval. */
export async function listAuthorityNotifications(state: ApState): Promise<AuthorityNotificationSummary[]> {
  return dataOf(await api.GET('/api/authority-notifications', { params: { query: { state } } }));
}

export async function getAuthorityNotification(breachId: string): Promise<AuthorityNotification> {
  return dataOf(await api.GET('/api/breaches/{id}/authority-notification', path(breachId)));
}

export async function updateAuthorityNotification(
  breachId: string,
  content: ApContentPatch,
  version: number,
): Promise<AuthorityNotification> {
  return dataOf(
    await api.PUT('/api/breaches/{id}/authority-notification', { ...path(breachId), body: { content, version } }),
  );
}

/** `missingAnswerReasons`: for a phased notification (art. 33(4)), why each missing answer follows later. */
export async function submitForApproval(
  breachId: string,
  missingAnswerReasons?: Record<string, string>,
): Promise<AuthorityNotification> {
  return dataOf(
    await api.POST('/api/breaches/{id}/authority-notification/submit', {
      ...path(breachId),
      body: missingAnswerReasons ? { missingAnswerReasons } : {},
    }),
  );
}

export async function approveNotification(breachId: string): Promise<AuthorityNotification> {
  return dataOf(await api.POST('/api/breaches/{id}/authority-notification/approve', path(breachId)));
}

export async function rejectNotification(breachId: string, reason: string): Promise<AuthorityNotification> {
  return dataOf(
    await api.POST('/api/breaches/{id}/authority-notification/reject', { ...path(breachId), body: { reason } }),
  );
}

export async function recordSubmission(breachId: string, body: RecordSubmissionBody): Promise<AuthorityNotification> {
  return dataOf(
    await api.POST('/api/breaches/{id}/authority-notification/record-submission', { ...path(breachId), body }),
  );
}

export async function addFollowUp(breachId: string, content: FollowUpInput): Promise<AuthorityNotification> {
  return dataOf(
    await api.POST('/api/breaches/{id}/authority-notification/follow-ups', { ...path(breachId), body: { content } }),
  );
}

export async function withdrawNotification(breachId: string, reason: string): Promise<AuthorityNotification> {
  return dataOf(
    await api.POST('/api/breaches/{id}/authority-notification/withdraw', { ...path(breachId), body: { reason } }),
  );
}

/** The export as JSON: every question and answer by section, in the language asked. */
export interface ApExportQuestion {
  key: string;
  question: string;
  required: boolean;
  answer: string | null;
}
export interface ApExportSection {
  key: string;
  number: number;
  title: string;
  questions: ApExportQuestion[];
}
export interface ApExport {
  sections: ApExportSection[];
}

export async function getApExport(breachId: string, lang: Language): Promise<ApExport> {
  const result = await api.GET('/api/breaches/{id}/authority-notification/export', {
    params: { path: { id: breachId }, query: { format: 'json', lang } },
    parseAs: 'json',
  });
  return dataOf(result as { data?: ApExport; response: Response });
}

/** The download link of the export; `&lang=en` only when the UI is English (Dutch is the default). */
export function apExportUrl(breachId: string, format: 'pdf' | 'json', lang: Language): string {
  const base = `/api/breaches/${encodeURIComponent(breachId)}/authority-notification/export?format=${format}`;
  return lang === 'en' ? `${base}&lang=en` : base;
}
