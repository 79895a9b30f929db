import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Assessments1795604355435 implements MigrationInterface {
  name = 'Assessments1795604355435';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "assessments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "breach_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "facts" jsonb NOT NULL,
                "computed" jsonb NOT NULL,
                "final" jsonb NOT NULL,
                "override" jsonb,
                "assessed_by_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a3442bd80a00e9111cefca57f6c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "assessments_breach_id_idx" ON "assessments" ("breach_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "assessments_breach_id_version_key" ON "assessments" ("breach_id", "version")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."assessments_breach_id_version_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."assessments_breach_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "assessments"
        `);
  }
}
