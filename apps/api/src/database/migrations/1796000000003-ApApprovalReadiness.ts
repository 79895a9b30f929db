import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Four-eyes on a complete AP form: the reasons an officer gives for answers still missing from a
 * phased notification (GDPR art. 33(4)), keyed by the answer's path, kept with the notification
 * so the approving manager sees them.
 */
export class ApApprovalReadiness1796000000003 implements MigrationInterface {
  name = 'ApApprovalReadiness1796000000003';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "authority_notifications" ADD "missing_answer_reasons" jsonb NOT NULL DEFAULT '{}'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "authority_notifications" DROP COLUMN "missing_answer_reasons"`);
  }
}
