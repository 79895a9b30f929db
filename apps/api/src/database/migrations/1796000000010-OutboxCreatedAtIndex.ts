import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #21 point 5: the operators' mailbox pages the outbox newest first by (created_at, id);
 * without an index every page and its count scan the whole table.
 */
export class OutboxCreatedAtIndex1796000000010 implements MigrationInterface {
  name = 'OutboxCreatedAtIndex1796000000010';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "outbox_messages_created_at_id_idx" ON "outbox_messages" ("created_at", "id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."outbox_messages_created_at_id_idx"`);
  }
}
