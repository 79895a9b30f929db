import { api, dataOf } from '../../../api/client';
import type { components } from '../../../api/schema.generated';

export type PortalNotice = components['schemas']['PortalNoticeDto'];

export const portalNoticeQueryKey = (token: string) => ['portal', 'notice', token] as const;

/** The PDF is a plain download link: no session or CSRF header is involved. */
export const portalPdfUrl = (token: string) => `/api/portal/notices/${encodeURIComponent(token)}/pdf`;

export async function getPortalNotice(token: string): Promise<PortalNotice> {
  return dataOf(
    await api.GET('/api/portal/notices/{token}', {
      params: { path: { token } },
    }),
  );
}

export async function acknowledgePortalNotice(token: string, name: string): Promise<PortalNotice> {
  return dataOf(
    await api.POST('/api/portal/notices/{token}/acknowledge', {
      params: { path: { token } },
      body: { name },
    }),
  );
}
