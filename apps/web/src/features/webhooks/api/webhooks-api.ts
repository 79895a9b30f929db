import type { WebhookEventType, WebhookLanguage, WebhookPreset } from '@lekwacht/domain';
import { ApiError } from '../../../api/api-error';
import { needsXsrfToken, readCookie, XSRF_COOKIE, XSRF_HEADER } from '../../../api/xsrf';

export interface WebhookDelivery {
  id: string;
  eventType: string;
  status: 'queued' | 'sending' | 'delivered' | 'failed';
  attempts: number;
  lastStatusCode: number | null;
  lastDurationMs: number | null;
  lastError: string | null;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  breachReference: string | null;
  createdAt: string;
}

export interface Webhook {
  id: string;
  name: string;
  url: string;
  preset: WebhookPreset;
  language: WebhookLanguage;
  events: WebhookEventType[];
  enabled: boolean;
  createdAt: string;
  updatedAt: string;
  failedDeliveries: number;
  lastDelivery: WebhookDelivery | null;
}

export interface WebhookInput {
  name: string;
  url: string;
  preset: WebhookPreset;
  language: WebhookLanguage;
  events: WebhookEventType[];
}

export interface DeliveriesPage {
  items: WebhookDelivery[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * The webhook routes are newer than the generated OpenAPI client (libs/contracts/openapi); until it
 * is regenerated they are called through this small fetch with the same CSRF header and errors.
 */
async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (needsXsrfToken(method)) {
    const token = readCookie(XSRF_COOKIE);
    if (token) headers[XSRF_HEADER] = token;
  }
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'include',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw await ApiError.fromResponse(res);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

export const webhooksQueryKey = ['webhooks'] as const;
export const deliveriesQueryKey = (id: string, page: number) => ['webhooks', id, 'deliveries', page] as const;

export const listWebhooks = () => call<Webhook[]>('GET', '/api/webhooks');
export const createWebhook = (input: WebhookInput) =>
  call<Webhook & { secret: string }>('POST', '/api/webhooks', input);
export const updateWebhook = (id: string, patch: Partial<WebhookInput> & { enabled?: boolean }) =>
  call<Webhook>('PATCH', `/api/webhooks/${id}`, patch);
export const deleteWebhook = (id: string) => call<void>('DELETE', `/api/webhooks/${id}`);
export const testWebhook = (id: string) => call<WebhookDelivery>('POST', `/api/webhooks/${id}/test`);
export const rotateWebhookSecret = (id: string) =>
  call<{ secret: string }>('POST', `/api/webhooks/${id}/rotate-secret`);
export const listDeliveries = (id: string, page: number) =>
  call<DeliveriesPage>('GET', `/api/webhooks/${id}/deliveries?page=${page}&pageSize=10`);
