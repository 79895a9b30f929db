import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #17.2: the audit chain is keyed (HMAC-SHA256 with a key outside the database) and anchored
 * by signed checkpoints. Events written before this release keep their unkeyed SHA-256 links:
 * `alg` defaults to 'sha256' so they stay verifiable; the app writes 'hmac-sha256' from now on.
 */
export class KeyedAuditChain1796000000007 implements MigrationInterface {
  name = 'KeyedAuditChain1796000000007';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // ADD COLUMN with a constant default touches no row, so the append-only trigger does not fire.
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "alg" text NOT NULL DEFAULT 'sha256'`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "key_id" text`);
    // Where the unkeyed segment ends, sealed with the key on the first start (audit-log.service.ts).
    await queryRunner.query(`ALTER TABLE "audit_head" ADD "legacy_until" bigint`);
    await queryRunner.query(`ALTER TABLE "audit_head" ADD "legacy_seal" text`);
    // One row per Amsterdam day: its primary key is the claim that makes the daily checkpoint run once.
    await queryRunner.query(`
            CREATE TABLE "audit_checkpoints" (
                "day" date NOT NULL,
                "seq" bigint NOT NULL,
                "head_hash" text NOT NULL,
                "count" bigint NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "key_id" text NOT NULL,
                "signature" text NOT NULL,
                CONSTRAINT "PK_25a631c5c058d0613473c893dcf" PRIMARY KEY ("day")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_checkpoints"`);
    await queryRunner.query(`ALTER TABLE "audit_head" DROP COLUMN "legacy_seal"`);
    await queryRunner.query(`ALTER TABLE "audit_head" DROP COLUMN "legacy_until"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "key_id"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "alg"`);
  }
}
