import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import type { Actor } from '../audit/actor';
import { BreachEntity } from '../breaches/breach.entity';
import { AppConfig } from '../config/app-config';
import { UnitOfWork } from '../database/unit-of-work';
import {
  ConflictError,
  InvalidInputError,
  NotFoundError,
  TooLargeError,
  UnsupportedTypeError,
} from '../errors/domain-errors';
import { sha256Hex } from '../security/tokens';
import { UserEntity } from '../users/user.entity';
import { EVIDENCE_CHUNK_BYTES, EvidenceChunkEntity, EvidenceFileEntity } from './evidence-file.entity';
import { ALLOWED_DESCRIPTION, detectEvidenceType, EVIDENCE_MEDIA_TYPES, sanitizeFileName } from './evidence-type';
import { EVIDENCE_FIELD, tooLargeMessage } from './evidence-upload.interceptor';
import type { EvidenceFileDto, EvidenceSettingsDto } from './evidence.dto';

/** What multer hands over for the field `file` (memory storage). */
export interface UploadedEvidence {
  originalname: string;
  buffer: Buffer;
  size: number;
}

const toDto = (f: EvidenceFileEntity, names: Map<string, string>): EvidenceFileDto => {
  const person = (id: string) => ({ id, name: names.get(id) ?? '' });
  return {
    id: f.id,
    breachId: f.breachId,
    fileName: f.fileName,
    mediaType: f.mediaType,
    sizeBytes: f.sizeBytes,
    sha256: f.sha256,
    uploadedBy: person(f.uploadedById),
    uploadedAt: f.uploadedAt.toISOString(),
    deleted:
      f.deletedAt && f.deletedById
        ? { at: f.deletedAt.toISOString(), by: person(f.deletedById), reason: f.deleteReason ?? '' }
        : null,
  };
};

const fileError = (rule: string, message: string) => InvalidInputError.of([{ path: EVIDENCE_FIELD, rule, message }]);

/**
 * Evidence files on a breach (issue #18 point 3): checked by content, hashed (SHA-256) and stored
 * in the database with an `evidence.uploaded` audit event in one transaction; deleted only by a
 * manager with a reason, which removes the bytes and keeps a tombstone and an `evidence.deleted`
 * event with the hash and the reason.
 */
@Injectable()
export class EvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly config: AppConfig,
  ) {}

  settings(): EvidenceSettingsDto {
    return { maxBytes: this.config.env.EVIDENCE_MAX_BYTES, mediaTypes: [...EVIDENCE_MEDIA_TYPES] };
  }

  /** The breach's evidence, newest first, deleted files (tombstones) included. */
  async list(breachId: string): Promise<EvidenceFileDto[]> {
    const m = this.dataSource.manager;
    if (!(await m.existsBy(BreachEntity, { id: breachId }))) throw new NotFoundError('breach', breachId);
    const files = await m.find(EvidenceFileEntity, { where: { breachId }, order: { uploadedAt: 'DESC', id: 'DESC' } });
    return this.withNames(m, files);
  }

  /**
   * Stores an upload. Refused before anything is written: no file (400 naming `file`), an empty
   * file (400), over the limit (413; multer already stops reading there), a type off the
   * allow-list judged from the bytes (415), an unknown breach (404), a closed breach (409).
   */
  async upload(
    actor: Actor & { id: string },
    breachId: string,
    file: UploadedEvidence | undefined,
  ): Promise<EvidenceFileDto> {
    if (!file) {
      throw fileError('required', `file is required: send it as multipart/form-data field "${EVIDENCE_FIELD}"`);
    }
    const limit = this.config.env.EVIDENCE_MAX_BYTES;
    if (file.buffer.length > limit) throw new TooLargeError([tooLargeMessage(limit)]);
    if (file.buffer.length === 0) throw fileError('required', 'file must not be empty');
    const fileName = sanitizeFileName(file.originalname ?? '');
    const type = detectEvidenceType(file.buffer, fileName);
    if (!type) {
      throw new UnsupportedTypeError(
        [
          `file content is not an accepted type (accepted: ${ALLOWED_DESCRIPTION}); the type is read from the content, not from the name`,
        ],
        [
          {
            path: EVIDENCE_FIELD,
            rule: 'unsupportedType',
            message: `file content is not an accepted type (accepted: ${ALLOWED_DESCRIPTION})`,
          },
        ],
      );
    }
    const sha256 = sha256Hex(file.buffer);

    return this.uow.run(actor, async (tx) => {
      // FOR SHARE: a close running at the same time waits for this upload, or this upload sees it closed.
      const breach = await tx.manager.findOne(BreachEntity, {
        where: { id: breachId },
        lock: { mode: 'pessimistic_read' },
      });
      if (!breach) throw new NotFoundError('breach', breachId);
      if (breach.status === 'closed') {
        throw new ConflictError(['breach is closed; evidence can only be added while it is open']);
      }
      const uploader = await tx.manager.findOneBy(UserEntity, { id: actor.id });
      if (!uploader) throw new NotFoundError('user', actor.id);

      const row = tx.manager.create(EvidenceFileEntity, {
        breachId,
        fileName,
        mediaType: type.mediaType,
        sizeBytes: file.buffer.length,
        sha256,
        uploadedById: uploader.id,
        deletedAt: null,
        deletedById: null,
        deleteReason: null,
      });
      await tx.manager.save(row);
      // One row per MB: PGlite inserts a large value very slowly (see EVIDENCE_CHUNK_BYTES).
      for (let seq = 0; seq * EVIDENCE_CHUNK_BYTES < file.buffer.length; seq++) {
        const bytes = file.buffer.subarray(seq * EVIDENCE_CHUNK_BYTES, (seq + 1) * EVIDENCE_CHUNK_BYTES);
        await tx.manager.insert(EvidenceChunkEntity, { fileId: row.id, seq, bytes });
      }
      tx.audit({
        action: 'evidence.uploaded',
        entityType: 'evidence',
        entityId: row.id,
        breachId,
        after: {
          fileName,
          mediaType: type.mediaType,
          sizeBytes: row.sizeBytes,
          sha256,
          uploadedBy: { id: uploader.id, name: uploader.name },
        },
      });
      return toDto(row, new Map([[uploader.id, uploader.name]]));
    });
  }

  /**
   * The file's metadata and bytes, checked against the SHA-256 taken at upload. A deleted file is
   * 409 (only its name and hash are left); a file of another breach is 404, as an unknown one.
   */
  async content(breachId: string, fileId: string): Promise<{ file: EvidenceFileEntity; bytes: Buffer }> {
    const m = this.dataSource.manager;
    const file = await m.findOneBy(EvidenceFileEntity, { id: fileId, breachId });
    if (!file) throw new NotFoundError('evidence file', fileId);
    if (file.deletedAt) {
      throw new ConflictError(['evidence file is deleted; only its name and SHA-256 are kept (see the audit trail)']);
    }
    const chunks = await m.find(EvidenceChunkEntity, { where: { fileId }, order: { seq: 'ASC' } });
    const bytes = Buffer.concat(chunks.map((c) => c.bytes));
    const actual = sha256Hex(bytes);
    // Not a client's doing: the stored bytes changed behind the application's back.
    if (bytes.length !== file.sizeBytes || actual !== file.sha256) {
      throw new Error(`evidence file ${fileId}: stored bytes do not match the SHA-256 recorded at upload`);
    }
    return { file, bytes };
  }

  /** Removes the bytes, keeps the row as a tombstone, audits the hash and the reason (managers only: the route says so). */
  async delete(
    actor: Actor & { id: string },
    breachId: string,
    fileId: string,
    reason: string,
  ): Promise<EvidenceFileDto> {
    return this.uow.run(actor, async (tx) => {
      const file = await tx.manager.findOne(EvidenceFileEntity, {
        where: { id: fileId, breachId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!file) throw new NotFoundError('evidence file', fileId);
      if (file.deletedAt) throw new ConflictError(['evidence file is already deleted']);
      const manager = await tx.manager.findOneBy(UserEntity, { id: actor.id });
      if (!manager) throw new NotFoundError('user', actor.id);

      const before = {
        fileName: file.fileName,
        mediaType: file.mediaType,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
      };
      await tx.manager.delete(EvidenceChunkEntity, { fileId });
      file.deletedAt = new Date();
      file.deletedById = manager.id;
      file.deleteReason = reason;
      await tx.manager.save(file);
      tx.audit({
        action: 'evidence.deleted',
        entityType: 'evidence',
        entityId: file.id,
        breachId,
        before,
        after: {
          fileName: file.fileName,
          sha256: file.sha256,
          reason,
          deletedBy: { id: manager.id, name: manager.name },
        },
      });
      return (await this.withNames(tx.manager, [file]))[0]!;
    });
  }

  private async withNames(m: EntityManager, files: EvidenceFileEntity[]): Promise<EvidenceFileDto[]> {
    const ids = [...new Set(files.flatMap((f) => [f.uploadedById, ...(f.deletedById ? [f.deletedById] : [])]))];
    const users = ids.length
      ? await m.find(UserEntity, { select: { id: true, name: true }, where: { id: In(ids) } })
      : [];
    const names = new Map(users.map((u) => [u.id, u.name]));
    return files.map((f) => toDto(f, names));
  }
}
