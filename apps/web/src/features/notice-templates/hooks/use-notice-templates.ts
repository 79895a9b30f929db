import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Language } from '../../../api/types';
import {
  listNoticeTemplateFields,
  listNoticeTemplates,
  noticeTemplateFieldsQueryKey,
  type NoticeTemplate,
  type NoticeTemplateBody,
  noticeTemplatesQueryKey,
  previewNoticeTemplate,
  putNoticeTemplate,
} from '../api/templates-api';

export function useNoticeTemplates() {
  return useQuery({
    queryKey: noticeTemplatesQueryKey,
    queryFn: listNoticeTemplates,
    refetchOnWindowFocus: false,
  });
}

export function useSaveNoticeTemplate(language: Language) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NoticeTemplateBody) => putNoticeTemplate(language, body),
    onSuccess: (saved) =>
      queryClient.setQueryData<NoticeTemplate[]>(noticeTemplatesQueryKey, (list) =>
        list ? list.map((tpl) => (tpl.language === saved.language ? saved : tpl)) : [saved],
      ),
  });
}

export function usePreviewNoticeTemplate(language: Language) {
  return useMutation({
    mutationFn: (body: NoticeTemplateBody) => previewNoticeTemplate(language, body),
  });
}

export function useNoticeTemplateFields() {
  return useQuery({ queryKey: noticeTemplateFieldsQueryKey, queryFn: listNoticeTemplateFields, staleTime: Infinity });
}
