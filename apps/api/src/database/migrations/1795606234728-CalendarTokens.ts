import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CalendarTokens1795606234728 implements MigrationInterface {
  name = 'CalendarTokens1795606234728';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "calendar_tokens" (
                "id" text NOT NULL,
                "user_id" uuid NOT NULL,
                "token_hash" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_181f2e17c83bfa7d4d287cf08a0" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "calendar_tokens_one_active_per_user" ON "calendar_tokens" ("user_id")
            WHERE "revoked_at" IS NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."calendar_tokens_one_active_per_user"
        `);
    await queryRunner.query(`
            DROP TABLE "calendar_tokens"
        `);
  }
}
