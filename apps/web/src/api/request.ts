import { ApiError } from './api-error';
import { XSRF_COOKIE, XSRF_HEADER, needsXsrfToken, readCookie } from './xsrf';

type Query = Record<string, string | number | undefined>;

/**
 * A JSON call for endpoints the generated schema does not (yet) describe. Same rules as the
 * typed client: session cookie, double-submit CSRF header, non-2xx thrown as {@link ApiError}.
 */
export async function requestJson<T>(
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  options: { query?: Query; body?: unknown } = {},
): Promise<T> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const url = params.size ? `${path}?${params.toString()}` : path;
  const headers = new Headers({ Accept: 'application/json' });
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  if (needsXsrfToken(method)) {
    const token = readCookie(XSRF_COOKIE);
    if (token) headers.set(XSRF_HEADER, token);
  }
  const response = await fetch(url, {
    method,
    headers,
    credentials: 'include',
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  if (!response.ok) throw await ApiError.fromResponse(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
