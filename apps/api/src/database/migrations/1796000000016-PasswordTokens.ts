import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #17 point 4: users set their own passwords. A set-password link (a forgotten password,
 * 60 minutes; a new user's invitation, 7 days) is 256 random bits in the mail and their SHA-256
 * here, single use.
 */
export class PasswordTokens1796000000016 implements MigrationInterface {
  name = 'PasswordTokens1796000000016';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "password_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "purpose" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_816120c39410c02dabd34b8672b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "password_tokens_user_id_idx" ON "password_tokens" ("user_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "password_tokens_token_hash_idx" ON "password_tokens" ("token_hash")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."password_tokens_token_hash_idx"`);
    await queryRunner.query(`DROP INDEX "public"."password_tokens_user_id_idx"`);
    await queryRunner.query(`DROP TABLE "password_tokens"`);
  }
}
