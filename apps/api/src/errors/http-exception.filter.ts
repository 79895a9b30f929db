import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { describeDatabaseError, isDatabaseUnavailable } from './database-unavailable';
import { DomainError } from './domain-errors';

/** Seconds a client should wait before retrying a request refused because the database is gone. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
export const DATABASE_UNAVAILABLE_MESSAGE = 'database unavailable, try again shortly';

const STATUS: Record<DomainError['kind'], number> = {
  invalid: HttpStatus.BAD_REQUEST,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  forbidden: HttpStatus.FORBIDDEN,
  unauthenticated: HttpStatus.UNAUTHORIZED,
};

const REASON: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

interface ErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
}

/**
 * The one place errors become HTTP responses, in NestJS's `{ statusCode, error, message }`
 * format. Body-parser errors (malformed JSON, too large) carry a 4xx `status`; a database
 * that cannot be reached (server stopped, restarting, pool timeout) is answered 503 with
 * `Retry-After` and logged as a warning; anything else unknown is logged and answered 500
 * without internals.
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
      return { statusCode, error: REASON[statusCode] ?? 'Error', message: exception.messages };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'string'
          ? response
          : ((response as { message?: string | string[] }).message ?? exception.message);
      return { statusCode, error: REASON[statusCode] ?? 'Error', message };
    }
    const status = (exception as { status?: unknown; type?: unknown } | null)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const type = (exception as { type?: string }).type;
      const message =
        type === 'entity.parse.failed'
          ? 'request body is not valid JSON'
          : type === 'entity.too.large'
            ? 'request body is too large'
            : 'request could not be read';
      return { statusCode: status, error: REASON[status] ?? 'Bad Request', message: [message] };
    }
    return { statusCode: 500, error: REASON[500] ?? 'Error', message: 'Internal server error' };
  }
}
