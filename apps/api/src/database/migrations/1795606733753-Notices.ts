import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notices1795606733753 implements MigrationInterface {
  name = 'Notices1795606733753';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "notices" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "breach_id" uuid NOT NULL,
                "customer_id" uuid NOT NULL,
                "language" text NOT NULL,
                "recipient_name" text NOT NULL,
                "recipient_email" text NOT NULL,
                "recipient_kind" text NOT NULL,
                "subject" text NOT NULL,
                "text" text NOT NULL,
                "html" text NOT NULL,
                "status" text NOT NULL DEFAULT 'draft',
                "outbox_message_id" uuid,
                "token_hash" text,
                "token_expires_at" TIMESTAMP WITH TIME ZONE,
                "token_revoked_at" TIMESTAMP WITH TIME ZONE,
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "acknowledged_at" TIMESTAMP WITH TIME ZONE,
                "acknowledged_by_name" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_3eb18c29da25d6935fcbe584237" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "notices_customer_id_idx" ON "notices" ("customer_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "notices_status_idx" ON "notices" ("status")
        `);
    await queryRunner.query(`
            CREATE INDEX "notices_outbox_message_id_idx" ON "notices" ("outbox_message_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "notices_token_hash_key" ON "notices" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "notices_breach_customer_key" ON "notices" ("breach_id", "customer_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "notice_templates" (
                "language" text NOT NULL,
                "subject" text NOT NULL,
                "body_text" text NOT NULL,
                "body_html" text NOT NULL,
                "updated_by" text,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_d3d3841b35deb3334e8b612f35c" PRIMARY KEY ("language")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TABLE "notice_templates"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."notices_breach_customer_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."notices_token_hash_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."notices_outbox_message_id_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."notices_status_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."notices_customer_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "notices"
        `);
  }
}
