import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #18 point 3: evidence files on a breach. Metadata in `evidence_files` (kept as a
 * tombstone when a manager deletes the file), the bytes in 1 MB rows of `evidence_chunks` so a
 * list never reads them and PGlite inserts them in seconds rather than most of a minute. In the
 * database, so both backup procedures (pg_dump; the embedded `pglite` folder) carry them.
 */
export class EvidenceFiles1796000000019 implements MigrationInterface {
  name = 'EvidenceFiles1796000000019';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "evidence_files" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "breach_id" uuid NOT NULL,
                "file_name" text NOT NULL,
                "media_type" text NOT NULL,
                "size_bytes" integer NOT NULL,
                "sha256" text NOT NULL,
                "uploaded_by_id" uuid NOT NULL,
                "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                "deleted_by_id" uuid,
                "delete_reason" text,
                CONSTRAINT "evidence_files_sha256_check" CHECK ("sha256" ~ '^[0-9a-f]{64}$'),
                CONSTRAINT "evidence_files_deleted_check" CHECK (("deleted_at" IS NULL AND "deleted_by_id" IS NULL AND "delete_reason" IS NULL) OR ("deleted_at" IS NOT NULL AND "deleted_by_id" IS NOT NULL AND "delete_reason" IS NOT NULL)),
                CONSTRAINT "evidence_files_pkey" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(
      `CREATE INDEX "evidence_files_breach_uploaded_idx" ON "evidence_files" ("breach_id", "uploaded_at")`,
    );
    await queryRunner.query(`CREATE INDEX "evidence_files_uploaded_by_id_idx" ON "evidence_files" ("uploaded_by_id")`);
    await queryRunner.query(`CREATE INDEX "evidence_files_deleted_by_id_idx" ON "evidence_files" ("deleted_by_id")`);
    await queryRunner.query(`
            CREATE TABLE "evidence_chunks" (
                "file_id" uuid NOT NULL,
                "seq" integer NOT NULL,
                "bytes" bytea NOT NULL,
                CONSTRAINT "evidence_chunks_pkey" PRIMARY KEY ("file_id", "seq")
            )
        `);
    await queryRunner.query(
      `ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_breach_id_fkey" FOREIGN KEY ("breach_id") REFERENCES "breaches"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_deleted_by_id_fkey" FOREIGN KEY ("deleted_by_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_chunks" ADD CONSTRAINT "evidence_chunks_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "evidence_files"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evidence_chunks" DROP CONSTRAINT "evidence_chunks_file_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "evidence_files" DROP CONSTRAINT "evidence_files_deleted_by_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "evidence_files" DROP CONSTRAINT "evidence_files_uploaded_by_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "evidence_files" DROP CONSTRAINT "evidence_files_breach_id_fkey"`);
    await queryRunner.query(`DROP TABLE "evidence_chunks"`);
    await queryRunner.query(`DROP INDEX "public"."evidence_files_deleted_by_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."evidence_files_uploaded_by_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."evidence_files_breach_uploaded_idx"`);
    await queryRunner.query(`DROP TABLE "evidence_files"`);
  }
}
