import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue #16.8: per-recipient escalation rows (delivery, acknowledgement, one-time code) and digest clocks. */
export class EscalationDigest1796000000002 implements MigrationInterface {
  name = 'EscalationDigest1796000000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "escalation_recipients" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "escalation_id" uuid NOT NULL,
                "breach_id" uuid NOT NULL,
                "user_id" uuid,
                "name" text NOT NULL,
                "email" text NOT NULL,
                "kind" text NOT NULL,
                "language" text NOT NULL,
                "reason" text,
                "delivery_state" text NOT NULL DEFAULT 'pending',
                "outbox_message_id" uuid,
                "queued_at" TIMESTAMP WITH TIME ZONE,
                "link_token_hash" text,
                "code_hash" text,
                "code_used_at" TIMESTAMP WITH TIME ZONE,
                "code_failed_attempts" integer NOT NULL DEFAULT 0,
                "acknowledged_at" TIMESTAMP WITH TIME ZONE,
                "acknowledged_via" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_93ce8cc4859898e764355f7b445" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "escalation_recipients_escalation_email_key" ON "escalation_recipients" ("escalation_id", "email")`,
    );
    await queryRunner.query(
      `CREATE INDEX "escalation_recipients_email_delivery_idx" ON "escalation_recipients" ("email", "delivery_state")`,
    );
    await queryRunner.query(
      `CREATE INDEX "escalation_recipients_breach_id_idx" ON "escalation_recipients" ("breach_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "escalation_recipients_outbox_message_id_idx" ON "escalation_recipients" ("outbox_message_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "escalation_recipients_link_token_hash_key" ON "escalation_recipients" ("link_token_hash")`,
    );
    await queryRunner.query(`
            CREATE TABLE "escalation_mailboxes" (
                "email" text NOT NULL,
                "next_digest_at" TIMESTAMP WITH TIME ZONE,
                "last_digest_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_da11dc4fdf663dcb669a1b20684" PRIMARY KEY ("email")
            )
        `);
    await queryRunner.query(
      `CREATE INDEX "escalation_mailboxes_next_digest_at_idx" ON "escalation_mailboxes" ("next_digest_at")`,
    );
    // Escalations fired before this release were mailed one by one: their recipients become rows
    // already delivered, so they can still be acknowledged (after login) and show who did.
    await queryRunner.query(`
            INSERT INTO "escalation_recipients"
                ("escalation_id", "breach_id", "user_id", "name", "email", "kind", "language", "delivery_state", "queued_at", "acknowledged_at", "acknowledged_via")
            SELECT e.id, e.breach_id, NULLIF(r->>'userId', '')::uuid, r->>'name', r->>'email', r->>'kind',
                   COALESCE(r->>'language', 'nl'), 'queued', e.fired_at,
                   CASE WHEN e.acknowledged_by_id IS NOT NULL AND e.acknowledged_by_id::text = r->>'userId' THEN e.acknowledged_at END,
                   CASE WHEN e.acknowledged_by_id IS NOT NULL AND e.acknowledged_by_id::text = r->>'userId' THEN 'login' END
              FROM "escalations" e, jsonb_array_elements(e.recipients) r
             WHERE e.fired_at IS NOT NULL
            ON CONFLICT DO NOTHING
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "escalation_mailboxes"`);
    await queryRunner.query(`DROP TABLE "escalation_recipients"`);
  }
}
