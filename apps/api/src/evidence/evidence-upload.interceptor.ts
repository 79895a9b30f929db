import {
  type CallHandler,
  type ExecutionContext,
  HttpException,
  Injectable,
  type NestInterceptor,
  type Type,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { AppConfig } from '../config/app-config';
import { DomainError, InvalidInputError, TooLargeError } from '../errors/domain-errors';

/** The multipart field that carries the file. */
export const EVIDENCE_FIELD = 'file';

/** "25 MB" for 26,214,400 bytes; exact bytes when it is not a whole number of MB. */
export const formatLimit = (bytes: number) =>
  bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`;

/** The 413 body's message, naming the limit (and the setting that changes it). */
export const tooLargeMessage = (limit: number) =>
  `file must not be larger than ${formatLimit(limit)} (${limit} bytes, setting EVIDENCE_MAX_BYTES)`;

/**
 * Reads a multipart upload with one file in the field `file`, in memory (nothing is written to
 * disk, so a refused upload leaves nothing behind), at most EVIDENCE_MAX_BYTES. multer stops
 * reading at the limit; its errors become our own: 413 naming the limit, 400 naming `file`.
 * Guards (session, role, CSRF) run before this, so no one without the right reaches the parser.
 */
@Injectable()
export class EvidenceUploadInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor;
  private readonly limit: number;

  constructor(config: AppConfig) {
    this.limit = config.env.EVIDENCE_MAX_BYTES;
    const Multer = FileInterceptor(EVIDENCE_FIELD) as Type<NestInterceptor>;
    this.multer = new Multer({
      limits: { fileSize: this.limit, files: 1, fields: 5, fieldSize: 1024, parts: 6, headerPairs: 50 },
      // Browsers send the file name as UTF-8; busboy would read it as Latin-1.
      defParamCharset: 'utf8',
    });
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multer.intercept(context, next);
    } catch (err) {
      throw this.mapped(err);
    }
  }

  private mapped(err: unknown): unknown {
    if (err instanceof DomainError) return err;
    if (err instanceof HttpException && err.getStatus() === 413)
      return new TooLargeError([tooLargeMessage(this.limit)]);
    const detail = err instanceof Error ? err.message : String(err);
    if (err instanceof HttpException && err.getStatus() >= 500) return err;
    // Unexpected field, too many parts, a malformed or cut-off body: the upload could not be read.
    return InvalidInputError.of([
      {
        path: EVIDENCE_FIELD,
        rule: 'invalid',
        message: `file could not be read: send one file as multipart/form-data field "${EVIDENCE_FIELD}" (${detail})`,
      },
    ]);
  }
}
