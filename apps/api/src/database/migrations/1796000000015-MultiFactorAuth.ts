import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #17 point 4: a second factor for local accounts. `user_mfa` holds each user's TOTP secret,
 * encrypted with a key derived from the audit key (never in the database); `mfa_recovery_codes`
 * the ten one-time codes as argon2id hashes; `mfa_challenges` the five-minute second step of a
 * login (a hash of the cookie's token). A session opened by a user whose role requires a second
 * factor they have not set up is marked `mfa_enrolment_only`: it may do nothing but enrol.
 */
export class MultiFactorAuth1796000000015 implements MigrationInterface {
  name = 'MultiFactorAuth1796000000015';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "user_mfa" ("user_id" uuid NOT NULL, "secret" text NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "last_used_step" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3db12d521d7b1f7d17c71e465a" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "mfa_recovery_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" text NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0076416b1b84361afc3371ba121" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "mfa_recovery_codes_user_id_idx" ON "mfa_recovery_codes" ("user_id")`);
    await queryRunner.query(
      `CREATE TABLE "mfa_challenges" ("token_hash" text NOT NULL, "user_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "failed_attempts" integer NOT NULL DEFAULT '0', "user_agent" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cf5f2cdf8d418c02661b06a9312" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "mfa_challenges_user_id_idx" ON "mfa_challenges" ("user_id")`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD "mfa_enrolment_only" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "mfa_enrolment_only"`);
    await queryRunner.query(`DROP INDEX "public"."mfa_challenges_user_id_idx"`);
    await queryRunner.query(`DROP TABLE "mfa_challenges"`);
    await queryRunner.query(`DROP INDEX "public"."mfa_recovery_codes_user_id_idx"`);
    await queryRunner.query(`DROP TABLE "mfa_recovery_codes"`);
    await queryRunner.query(`DROP TABLE "user_mfa"`);
  }
}
