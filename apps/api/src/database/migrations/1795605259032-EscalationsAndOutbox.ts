import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EscalationsAndOutbox1795605259032 implements MigrationInterface {
  name = 'EscalationsAndOutbox1795605259032';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "escalations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "breach_id" uuid NOT NULL,
                "obligation_id" uuid NOT NULL,
                "step_id" text NOT NULL,
                "occurrence" integer NOT NULL DEFAULT '0',
                "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "threshold_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "state" text NOT NULL DEFAULT 'scheduled',
                "planned_recipients" jsonb NOT NULL,
                "recipients" jsonb NOT NULL DEFAULT '[]',
                "catch_up" boolean NOT NULL DEFAULT false,
                "fired_at" TIMESTAMP WITH TIME ZONE,
                "acknowledged_at" TIMESTAMP WITH TIME ZONE,
                "acknowledged_by_id" uuid,
                "acknowledged_by" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_652a394609addaa4b0f2b3032a1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "escalations_breach_id_idx" ON "escalations" ("breach_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "escalations_state_due_at_idx" ON "escalations" ("state", "due_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "escalations_obligation_step_occurrence_key" ON "escalations" ("obligation_id", "step_id", "occurrence")
        `);
    await queryRunner.query(`
            CREATE TABLE "outbox_messages" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" text NOT NULL,
                "breach_id" uuid,
                "source_id" uuid,
                "to_address" text NOT NULL,
                "to_name" text NOT NULL,
                "subject" text NOT NULL,
                "text" text NOT NULL,
                "html" text NOT NULL,
                "status" text NOT NULL DEFAULT 'queued',
                "attempts" integer NOT NULL DEFAULT '0',
                "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "locked_until" TIMESTAMP WITH TIME ZONE,
                "last_error" text,
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "message_id" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0171348f527c64b137e4d4f5b66" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "outbox_messages_breach_id_idx" ON "outbox_messages" ("breach_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "outbox_messages_status_next_attempt_idx" ON "outbox_messages" ("status", "next_attempt_at")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."outbox_messages_status_next_attempt_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."outbox_messages_breach_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "outbox_messages"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."escalations_obligation_step_occurrence_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."escalations_state_due_at_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."escalations_breach_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "escalations"
        `);
  }
}
