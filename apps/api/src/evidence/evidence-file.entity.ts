import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { BreachEntity } from '../breaches/breach.entity';
import { UserEntity } from '../users/user.entity';

/**
 * Bytes of one evidence file per row of {@link EvidenceChunkEntity}: PGlite took 42 s to insert
 * one 25 MB bytea value but 4 s for the same bytes in 1 MB rows (and PostgreSQL does not mind).
 */
export const EVIDENCE_CHUNK_BYTES = 1024 * 1024;

/**
 * One file uploaded to a breach as evidence (police report, forensic report, screenshot). The
 * bytes live in `evidence_chunks`, so listing never loads them; in the database, so a backup of
 * the database (pg_dump, or the embedded `pglite` folder) holds them. Deleting removes the bytes
 * and keeps this row as a tombstone: who deleted it, when and why, with the name and hash.
 */
@Entity('evidence_files')
@Index('evidence_files_breach_uploaded_idx', ['breachId', 'uploadedAt'])
@Check('evidence_files_sha256_check', `"sha256" ~ '^[0-9a-f]{64}$'`)
@Check(
  'evidence_files_deleted_check',
  `("deleted_at" IS NULL AND "deleted_by_id" IS NULL AND "delete_reason" IS NULL) OR ("deleted_at" IS NOT NULL AND "deleted_by_id" IS NOT NULL AND "delete_reason" IS NOT NULL)`,
)
export class EvidenceFileEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'evidence_files_pkey' })
  id!: string;

  @ForeignKey(() => BreachEntity, { name: 'evidence_files_breach_id_fkey' })
  @Column({ type: 'uuid' })
  breachId!: string;

  /** As uploaded, sanitised (no path, no control characters); for display and the download's name. */
  @Column({ type: 'text' })
  fileName!: string;

  /** From the content (evidence-type.ts), never from the name or the browser. */
  @Column({ type: 'text' })
  mediaType!: string;

  @Column({ type: 'integer' })
  sizeBytes!: number;

  /** Hex SHA-256 of the bytes, computed at upload and recorded in the audit chain. */
  @Column({ type: 'text' })
  sha256!: string;

  @ForeignKey(() => UserEntity, { name: 'evidence_files_uploaded_by_id_fkey' })
  @Index('evidence_files_uploaded_by_id_idx')
  @Column({ type: 'uuid' })
  uploadedById!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  uploadedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @ForeignKey(() => UserEntity, { name: 'evidence_files_deleted_by_id_fkey' })
  @Index('evidence_files_deleted_by_id_idx')
  @Column({ type: 'uuid', nullable: true })
  deletedById!: string | null;

  @Column({ type: 'text', nullable: true })
  deleteReason!: string | null;
}

/** A piece of an evidence file's bytes, in order of `seq` (0, 1, …). */
@Entity('evidence_chunks')
export class EvidenceChunkEntity {
  @ForeignKey(() => EvidenceFileEntity, { name: 'evidence_chunks_file_id_fkey' })
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'evidence_chunks_pkey' })
  fileId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'evidence_chunks_pkey' })
  seq!: number;

  @Column({ type: 'bytea' })
  bytes!: Buffer;
}
