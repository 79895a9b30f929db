import { api, dataOf } from '../../../api/client';
import type { components } from '../../../api/schema.generated';
import type { Language } from '../../../api/types';

/** A template: the subject line and one Markdown body per language (both parts of the mail come from it). */
export type NoticeTemplate = components['schemas']['NoticeTemplateDto'];
export type NoticeTemplateBody = components['schemas']['PutNoticeTemplateDto'];
export type NoticePreview = components['schemas']['NoticePreviewDto'];

export const noticeTemplatesQueryKey = ['notice-templates'] as const;

export async function listNoticeTemplates(): Promise<NoticeTemplate[]> {
  return dataOf(await api.GET('/api/notice-templates'));
}

export async function putNoticeTemplate(language: Language, body: NoticeTemplateBody): Promise<NoticeTemplate> {
  return dataOf(
    await api.PUT('/api/notice-templates/{language}', {
      params: { path: { language } },
      body,
    }),
  );
}

export async function previewNoticeTemplate(language: Language, body: NoticeTemplateBody): Promise<NoticePreview> {
  return dataOf(
    await api.POST('/api/notice-templates/{language}/preview', {
      params: { path: { language } },
      body,
    }),
  );
}

export type NoticeTemplateFields = components['schemas']['NoticeTemplateFieldsDto'];

export const noticeTemplateFieldsQueryKey = ['notice-templates', 'fields'] as const;

/** The fields of the notice view a template can use, with sample values. */
export async function listNoticeTemplateFields(): Promise<NoticeTemplateFields> {
  return dataOf(await api.GET('/api/notice-templates/fields'));
}
