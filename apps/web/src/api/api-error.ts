/** One problem of an error body: the field (`path`, "" for none), the rule it broke, the English text. */
export interface ApiFieldError {
  path: string;
  rule: string;
  message: string;
  params?: Record<string, string | number>;
}

/** The API's error body (NestJS style): `{ statusCode, error, message: string | string[], errors? }`. */
interface ErrorBody {
  statusCode?: number;
  error?: string;
  message?: string | string[];
  errors?: unknown;
}

const isFieldError = (value: unknown): value is ApiFieldError =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ApiFieldError).path === 'string' &&
  typeof (value as ApiFieldError).rule === 'string' &&
  typeof (value as ApiFieldError).message === 'string';

/** A non-2xx answer from the Lekwacht API, with its messages normalised to a list. */
export class ApiError extends Error {
  readonly status: number;
  readonly messages: string[];
  /** The same problems with field path and rule (empty from an API or proxy that sends none). */
  readonly errors: ApiFieldError[];

  constructor(status: number, messages: string[], reason?: string, errors: ApiFieldError[] = []) {
    super(messages[0] ?? reason ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.messages = messages;
    this.errors = errors;
  }

  static async fromResponse(response: Response): Promise<ApiError> {
    let body: ErrorBody | null = null;
    try {
      body = (await response.clone().json()) as ErrorBody;
    } catch {
      body = null;
    }
    const raw = body?.message;
    const messages = Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [];
    const errors = Array.isArray(body?.errors) ? body.errors.filter(isFieldError) : [];
    return new ApiError(response.status, messages, body?.error ?? response.statusText, errors);
  }
}

export const isApiError = (error: unknown, status?: number): error is ApiError =>
  error instanceof ApiError && (status === undefined || error.status === status);
