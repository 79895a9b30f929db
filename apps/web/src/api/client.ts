import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError } from './api-error';
import type { paths } from './schema.generated';
import { XSRF_COOKIE, XSRF_HEADER, needsXsrfToken, readCookie } from './xsrf';

/** Adds the double-submit CSRF header to state-changing requests. */
const xsrfMiddleware: Middleware = {
  onRequest({ request }) {
    if (!needsXsrfToken(request.method)) return undefined;
    const token = readCookie(XSRF_COOKIE);
    if (token) request.headers.set(XSRF_HEADER, token);
    return request;
  },
};

/** Turns every non-2xx answer into a thrown, typed {@link ApiError}. */
const errorMiddleware: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) throw await ApiError.fromResponse(response);
    return undefined;
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'include' });
api.use(xsrfMiddleware, errorMiddleware);

/**
 * The data of a successful call. Errors are already thrown by the middleware, so an
 * empty body here means the API answered 2xx without the content the schema promises.
 */
export function dataOf<T>(result: { data?: T; response: Response }): T {
  if (result.data === undefined) throw new ApiError(result.response.status, ['empty response']);
  return result.data;
}
