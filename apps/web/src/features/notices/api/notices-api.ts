import { api, dataOf } from '../../../api/client';
import type { components } from '../../../api/schema.generated';

export type Notice = components['schemas']['NoticeDto'];
/** A row of the breach's notice list: no bodies (those come with one notice). */
export type NoticeSummary = components['schemas']['NoticeSummaryDto'];
export type NoticeStatus = Notice['status'];
export type NoticeRecipientKind = Notice['recipient']['kind'];
export type GenerateNoticesResult = components['schemas']['GenerateNoticesResultDto'];
export type SendNoticesResult = components['schemas']['SendNoticesResultDto'];
export type UpdateNoticeBody = components['schemas']['UpdateNoticeDto'];

export const noticesQueryKey = ['notices'] as const;
export const breachNoticesQueryKey = (breachId: string) => ['notices', 'breach', breachId] as const;
export const noticeQueryKey = (id: string) => ['notices', 'detail', id] as const;

export async function listNotices(breachId: string): Promise<NoticeSummary[]> {
  return dataOf(
    await api.GET('/api/breaches/{id}/notices', {
      params: { path: { id: breachId } },
    }),
  );
}

export async function generateNotices(breachId: string): Promise<GenerateNoticesResult> {
  return dataOf(
    await api.POST('/api/breaches/{id}/notices', {
      params: { path: { id: breachId } },
    }),
  );
}

export async function sendNotices(breachId: string): Promise<SendNoticesResult> {
  return dataOf(
    await api.POST('/api/breaches/{id}/notices/send', {
      params: { path: { id: breachId } },
    }),
  );
}

export async function getNotice(id: string): Promise<Notice> {
  return dataOf(await api.GET('/api/notices/{id}', { params: { path: { id } } }));
}

export async function updateNotice(id: string, body: UpdateNoticeBody): Promise<Notice> {
  return dataOf(await api.PATCH('/api/notices/{id}', { params: { path: { id } }, body }));
}

export async function resendNotice(id: string): Promise<Notice> {
  return dataOf(await api.POST('/api/notices/{id}/resend', { params: { path: { id } } }));
}

export async function revokeNoticeToken(id: string): Promise<Notice> {
  return dataOf(
    await api.POST('/api/notices/{id}/revoke-token', {
      params: { path: { id } },
    }),
  );
}

export type ReviewState = NonNullable<Notice['reviewState']>;
export type NoticeArtefactsPreview = components['schemas']['NoticeArtefactsPreviewDto'];
export type PortalHistoryItem = components['schemas']['PortalNoticeHistoryItemDto'];

/** Records the review of drafts the officer has previewed. */
export async function reviewNotices(breachId: string, noticeIds: string[]): Promise<{ reviewed: number }> {
  return dataOf(
    await api.POST('/api/breaches/{id}/notices/review', {
      params: { path: { id: breachId } },
      body: { noticeIds },
    }),
  );
}

/** Drafts supplementary notices (to the same recipients) for customers whose notice went out. */
export async function followUpNotices(breachId: string, customerIds?: string[]): Promise<GenerateNoticesResult> {
  return dataOf(
    await api.POST('/api/breaches/{id}/notices/follow-up', {
      params: { path: { id: breachId } },
      body: customerIds ? { customerIds } : {},
    }),
  );
}

export async function previewNotice(id: string): Promise<NoticeArtefactsPreview> {
  return dataOf(await api.GET('/api/notices/{id}/preview', { params: { path: { id } } }));
}

/** Where the browser fetches the PDF preview (same origin, the session cookie authorises it). */
export const noticePreviewPdfUrl = (id: string) => `/api/notices/${encodeURIComponent(id)}/preview/pdf`;
