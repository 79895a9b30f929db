import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #17 point 5: a user lists their own active sessions and signs one or all of them out.
 * Sessions get a public id (the token hash stays server-side) and the browser that opened them,
 * so the list says "Chromium on Linux, since 09:12" rather than a meaningless code. No IP
 * address is kept: the browser and the times are enough to recognise one's own sessions.
 */
export class SessionLimits1796000000014 implements MigrationInterface {
  name = 'SessionLimits1796000000014';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" ADD "id" uuid NOT NULL DEFAULT gen_random_uuid()`);
    await queryRunner.query(`CREATE UNIQUE INDEX "sessions_id_idx" ON "sessions" ("id")`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD "user_agent" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "user_agent"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_id_idx"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "id"`);
  }
}
