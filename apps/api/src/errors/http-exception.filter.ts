import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { describeDatabaseError, isDatabaseUnavailable } from './database-unavailable';
import { DomainError } from './domain-errors';
import { type FieldError, fieldErrorOf } from './field-error';

/** Seconds a client should wait before retrying a request refused because the database is gone. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
export const DATABASE_UNAVAILABLE_MESSAGE = 'database unavailable, try again shortly';

const STATUS: Record<DomainError['kind'], number> = {
  invalid: HttpStatus.BAD_REQUEST,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  forbidden: HttpStatus.FORBIDDEN,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  too_large: HttpStatus.PAYLOAD_TOO_LARGE,
  unsupported_type: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
};

const REASON: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

interface ErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
  /** Beside `message`: each problem with the field it is about and the rule it broke. */
  errors?: FieldError[];
}

/** Statuses whose body names its problems in `errors` (401 stays terse: it names no field). */
const WITH_FIELD_ERRORS = new Set([400, 403, 404, 409, 413, 415, 429]);

/** The rule of an HTTP exception's message that names no rule of its own. */
const FALLBACK_RULE: Record<number, string> = {
  400: 'invalid',
  403: 'forbidden',
  404: 'notFound',
  409: 'conflict',
  413: 'tooLarge',
  415: 'unsupportedType',
  429: 'rateLimited',
};

const withFieldErrors = (body: ErrorBody, errors: () => FieldError[]): ErrorBody =>
  WITH_FIELD_ERRORS.has(body.statusCode) ? { ...body, errors: errors() } : body;

/** Nest's mapping of body-parser's invalid-JSON SyntaxError (RoutesResolver.mapExternalException). */
const isJsonSyntaxError = (exception: HttpException) =>
  exception.getStatus() === 400 &&
  /\bJSON\b/.test(exception.message) &&
  exception.constructor.name === 'BadRequestException';

/** An HTTP exception's message as a list of strings (Nest allows anything in a custom response). */
const messagesOf = (message: unknown): string[] =>
  (Array.isArray(message) ? message : [message]).map((m) => (typeof m === 'string' ? m : (JSON.stringify(m) ?? '')));

/**
 * The one place errors become HTTP responses, in NestJS's `{ statusCode, error, message }`
 * format plus, for 400/403/404/409/413/415/429, `errors: [{ path, rule, message }]`. Body-parser
 * errors (malformed JSON, too large) carry a 4xx `status`; a database that cannot be reached
 * (server stopped, restarting, pool timeout) is answered 503 with `Retry-After` and logged as a
 * warning; anything else unknown is logged and answered 500 without internals.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (this.isDatabaseOutage(exception)) {
      this.logger.warn(`database unavailable, answered 503: ${describeDatabaseError(exception)}`);
      if (!res.headersSent) {
        res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
        res.status(HttpStatus.SERVICE_UNAVAILABLE).json({
          statusCode: HttpStatus.SERVICE_UNAVAILABLE,
          error: 'Service Unavailable',
          message: DATABASE_UNAVAILABLE_MESSAGE,
        } satisfies ErrorBody);
      }
      return;
    }
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception);
    if (!res.headersSent) res.status(body.statusCode).json(body);
  }

  /** Connectivity failures only: domain, HTTP and body-parser errors keep their own status. */
  private isDatabaseOutage(exception: unknown): boolean {
    if (exception instanceof DomainError || exception instanceof HttpException) return false;
    const status = (exception as { status?: unknown } | null)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) return false; // body-parser
    return isDatabaseUnavailable(exception);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      const statusCode = STATUS[exception.kind];
      const body = { statusCode, error: REASON[statusCode] ?? 'Error', message: exception.messages };
      return withFieldErrors(body, () => exception.errors);
    }
    if (exception instanceof HttpException && isJsonSyntaxError(exception)) {
      // Nest turns body-parser's SyntaxError into a 400 carrying the parser's own words
      const message = 'request body is not valid JSON';
      return withFieldErrors({ statusCode: 400, error: 'Bad Request', message: [message] }, () => [
        { path: '', rule: 'invalidJson', message },
      ]);
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'string'
          ? response
          : ((response as { message?: string | string[] }).message ?? exception.message);
      const body = { statusCode, error: REASON[statusCode] ?? 'Error', message };
      const fallback = FALLBACK_RULE[statusCode] ?? 'invalid';
      return withFieldErrors(body, () => messagesOf(message).map((m) => fieldErrorOf(m, fallback)));
    }
    const status = (exception as { status?: unknown; type?: unknown } | null)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const type = (exception as { type?: string }).type;
      const [message, rule] =
        type === 'entity.parse.failed'
          ? ['request body is not valid JSON', 'invalidJson']
          : type === 'entity.too.large'
            ? ['request body is too large', 'tooLarge']
            : ['request could not be read', 'unreadable'];
      const body = { statusCode: status, error: REASON[status] ?? 'Bad Request', message: [message] };
      return withFieldErrors(body, () => [{ path: '', rule, message }]);
    }
    return { statusCode: 500, error: REASON[500] ?? 'Error', message: 'Internal server error' };
  }
}
