import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notification terms per customer (the processing agreement), their snapshot per breach, the
 * breach's confirmation moment (a clock start some agreements use) and the log of phone calls
 * an agreement can demand beside the e-mail.
 */
export class CustomerNotificationTerms1796000000006 implements MigrationInterface {
  name = 'CustomerNotificationTerms1796000000006';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "customers" ADD "notification_terms" jsonb`);
    await queryRunner.query(`ALTER TABLE "breaches" ADD "confirmed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`
            CREATE TABLE "breach_notification_terms" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "breach_id" uuid NOT NULL,
                "customer_id" uuid NOT NULL,
                "terms" jsonb NOT NULL,
                "agreed" boolean NOT NULL,
                "snapshotted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c6fad35a5d06b707a3bd77c8eb6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "breach_notification_terms_breach_customer_key" ON "breach_notification_terms" ("breach_id", "customer_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "customer_notice_calls" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "breach_id" uuid NOT NULL,
                "customer_id" uuid NOT NULL,
                "called_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "person_reached" text NOT NULL,
                "note" text NOT NULL DEFAULT '',
                "logged_by_id" uuid NOT NULL,
                "logged_by_name" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_f5e3fc80baa0ca00466946e2e31" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "customer_notice_calls_breach_customer_idx" ON "customer_notice_calls" ("breach_id", "customer_id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."customer_notice_calls_breach_customer_idx"`);
    await queryRunner.query(`DROP TABLE "customer_notice_calls"`);
    await queryRunner.query(`DROP INDEX "public"."breach_notification_terms_breach_customer_key"`);
    await queryRunner.query(`DROP TABLE "breach_notification_terms"`);
    await queryRunner.query(`ALTER TABLE "breaches" DROP COLUMN "confirmed_at"`);
    await queryRunner.query(`ALTER TABLE "customers" DROP COLUMN "notification_terms"`);
  }
}
