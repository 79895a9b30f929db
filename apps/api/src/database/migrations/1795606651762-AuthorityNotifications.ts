import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuthorityNotifications1795606651762 implements MigrationInterface {
  name = 'AuthorityNotifications1795606651762';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "authority_notifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "breach_id" uuid NOT NULL,
                "state" text NOT NULL DEFAULT 'draft',
                "content" jsonb NOT NULL,
                "created_by_id" uuid NOT NULL,
                "drafted_by_id" uuid,
                "approved_by_id" uuid,
                "approved_at" TIMESTAMP WITH TIME ZONE,
                "ap_reference" text,
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                "submission_recorded_by_id" uuid,
                "delay_reason" text,
                "withdrawn_at" TIMESTAMP WITH TIME ZONE,
                "withdraw_reason" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "PK_538b77c4e21182111edc75331eb" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "authority_notifications_breach_id_key" ON "authority_notifications" ("breach_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "authority_notifications_state_idx" ON "authority_notifications" ("state")
        `);
    await queryRunner.query(`
            CREATE TABLE "authority_notification_follow_ups" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "notification_id" uuid NOT NULL,
                "content" jsonb NOT NULL,
                "state" text NOT NULL DEFAULT 'recorded',
                "created_by_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_fec98642ab62172d7a0a6511812" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "authority_notification_follow_ups_notification_id_idx" ON "authority_notification_follow_ups" ("notification_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "obligations"
            ADD "not_required_proposed_by_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "obligations"
            ADD "not_required_proposed_by_name" text
        `);
    await queryRunner.query(`
            ALTER TABLE "obligations"
            ADD "not_required_rationale" text
        `);
    await queryRunner.query(`
            ALTER TABLE "obligations"
            ADD "not_required_proposed_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "obligations"
            ADD "not_required_decided_by_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "obligations"
            ADD "not_required_decided_by_name" text
        `);
    await queryRunner.query(`
            ALTER TABLE "obligations"
            ADD "not_required_decided_at" TIMESTAMP WITH TIME ZONE
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "obligations" DROP COLUMN "not_required_decided_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "obligations" DROP COLUMN "not_required_decided_by_name"
        `);
    await queryRunner.query(`
            ALTER TABLE "obligations" DROP COLUMN "not_required_decided_by_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "obligations" DROP COLUMN "not_required_proposed_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "obligations" DROP COLUMN "not_required_rationale"
        `);
    await queryRunner.query(`
            ALTER TABLE "obligations" DROP COLUMN "not_required_proposed_by_name"
        `);
    await queryRunner.query(`
            ALTER TABLE "obligations" DROP COLUMN "not_required_proposed_by_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."authority_notification_follow_ups_notification_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "authority_notification_follow_ups"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."authority_notifications_state_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."authority_notifications_breach_id_key"
        `);
    await queryRunner.query(`
            DROP TABLE "authority_notifications"
        `);
  }
}
