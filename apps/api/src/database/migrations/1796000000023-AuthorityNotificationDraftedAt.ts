import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #20: when an AP notification was last submitted for approval (the drafter's sign-off on
 * the export) is kept on its row instead of being read back from the audit trail. Rows already
 * submitted get the time of their latest `authority_notification.submitted_for_approval` audit
 * event, as the notification showed it; rows never submitted stay empty. The audit events
 * themselves are not touched.
 */
export class AuthorityNotificationDraftedAt1796000000023 implements MigrationInterface {
  name = 'AuthorityNotificationDraftedAt1796000000023';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "authority_notifications" ADD "drafted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`
            UPDATE "authority_notifications" n
               SET "drafted_at" = (
                     SELECT e."occurred_at"
                       FROM "audit_events" e
                      WHERE e."entity_type" = 'authority_notification'
                        AND e."entity_id" = n."id"::text
                        AND e."action" = 'authority_notification.submitted_for_approval'
                      ORDER BY e."seq" DESC
                      LIMIT 1
                   )
             WHERE n."drafted_by_id" IS NOT NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The submissions stay in the audit trail, which the previous release reads the time from.
    await queryRunner.query(`ALTER TABLE "authority_notifications" DROP COLUMN "drafted_at"`);
  }
}
