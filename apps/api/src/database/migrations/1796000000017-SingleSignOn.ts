import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #17 point 3: single sign-on with OpenID Connect. A user's account at the provider is
 * linked by the provider's subject (`sso_identities`, one per user and issuer), so later sign-ins
 * find the user by `sub` rather than by e-mail. A session opened by single sign-on keeps the
 * provider's ID token (`sso_sessions`) for RP-initiated logout (`id_token_hint`).
 */
export class SingleSignOn1796000000017 implements MigrationInterface {
  name = 'SingleSignOn1796000000017';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sso_identities" ("issuer" text NOT NULL, "subject" text NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_login_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "sso_identities_pkey" PRIMARY KEY ("issuer", "subject"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "sso_identities_user_issuer_key" ON "sso_identities" ("user_id", "issuer")`,
    );
    await queryRunner.query(
      `CREATE TABLE "sso_sessions" ("session_id" uuid NOT NULL, "id_token" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "sso_sessions_pkey" PRIMARY KEY ("session_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "sso_identities" ADD CONSTRAINT "sso_identities_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sso_identities" DROP CONSTRAINT "sso_identities_user_id_fkey"`);
    await queryRunner.query(`DROP TABLE "sso_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."sso_identities_user_issuer_key"`);
    await queryRunner.query(`DROP TABLE "sso_identities"`);
  }
}
