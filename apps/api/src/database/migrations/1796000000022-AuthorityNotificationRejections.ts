import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #20 point 4: an AP notification's rejections (a manager refusing the four-eyes approval,
 * with a reason) get a table of their own instead of being read back from the audit trail. The
 * rejections recorded before are copied from their `authority_notification.rejected` audit events,
 * oldest first, as the notification's history showed them: the reason, the manager named in the
 * event (else its actor), and the event's time. A manager id that is not a user's is left empty
 * (the name stays). The audit events themselves are not touched.
 */
export class AuthorityNotificationRejections1796000000022 implements MigrationInterface {
  name = 'AuthorityNotificationRejections1796000000022';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "authority_notification_rejections" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "notification_id" uuid NOT NULL,
                "reason" text NOT NULL,
                "rejected_by_id" uuid,
                "rejected_by_name" text NOT NULL,
                "rejected_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "authority_notification_rejections_pkey" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(
      `CREATE INDEX "authority_notification_rejections_notification_rejected_idx" ON "authority_notification_rejections" ("notification_id", "rejected_at")`,
    );
    await queryRunner.query(`
            ALTER TABLE "authority_notification_rejections" ADD CONSTRAINT "authority_notification_rejections_notification_id_fkey"
                FOREIGN KEY ("notification_id") REFERENCES "authority_notifications"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "authority_notification_rejections" ADD CONSTRAINT "authority_notification_rejections_rejected_by_id_fkey"
                FOREIGN KEY ("rejected_by_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            INSERT INTO "authority_notification_rejections"
                ("notification_id", "reason", "rejected_by_id", "rejected_by_name", "rejected_at")
            SELECT n."id",
                   COALESCE(e."after" ->> 'reason', ''),
                   u."id",
                   COALESCE(e."after" -> 'rejectedBy' ->> 'name', e."actor_label"),
                   e."occurred_at"
              FROM "audit_events" e
              JOIN "authority_notifications" n ON n."id"::text = e."entity_id"
              LEFT JOIN "users" u ON u."id"::text = COALESCE(e."after" -> 'rejectedBy' ->> 'id', e."actor_id"::text)
             WHERE e."action" = 'authority_notification.rejected'
               AND e."entity_type" = 'authority_notification'
             ORDER BY e."seq"
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The rejections stay in the audit trail, which the previous release reads them from.
    await queryRunner.query(
      `ALTER TABLE "authority_notification_rejections" DROP CONSTRAINT "authority_notification_rejections_rejected_by_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "authority_notification_rejections" DROP CONSTRAINT "authority_notification_rejections_notification_id_fkey"`,
    );
    await queryRunner.query(`DROP INDEX "public"."authority_notification_rejections_notification_rejected_idx"`);
    await queryRunner.query(`DROP TABLE "authority_notification_rejections"`);
  }
}
