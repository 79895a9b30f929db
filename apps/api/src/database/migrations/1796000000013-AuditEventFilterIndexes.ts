import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #18 point 7: the audit page filters the log by action, actor and period, newest first
 * (keyset on seq). Without these indexes each filtered page walks the whole log backwards; the
 * action index also lets GET /api/audit/actions list the actions in use with one probe each.
 * (The breach filter has audit_events_breach_id_idx already.)
 */
export class AuditEventFilterIndexes1796000000013 implements MigrationInterface {
  name = 'AuditEventFilterIndexes1796000000013';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "audit_events_action_seq_idx" ON "audit_events" ("action", "seq") `);
    await queryRunner.query(`CREATE INDEX "audit_events_actor_id_seq_idx" ON "audit_events" ("actor_id", "seq") `);
    await queryRunner.query(`CREATE INDEX "audit_events_occurred_at_idx" ON "audit_events" ("occurred_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."audit_events_occurred_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_actor_id_seq_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_action_seq_idx"`);
  }
}
