/** The API's error body (NestJS style): `{ statusCode, error, message: string | string[] }`. */
interface ErrorBody {
  statusCode?: number;
  error?: string;
  message?: string | string[];
}

/** A non-2xx answer from the Lekwacht API, with its messages normalised to a list. */
export class ApiError extends Error {
  readonly status: number;
  readonly messages: string[];

  constructor(status: number, messages: string[], reason?: string) {
    super(messages[0] ?? reason ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.messages = messages;
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
    return new ApiError(response.status, messages, body?.error ?? response.statusText);
  }
}

export const isApiError = (error: unknown, status?: number): error is ApiError =>
  error instanceof ApiError && (status === undefined || error.status === status);
