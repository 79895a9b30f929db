import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Customer notices tell each customer only its own truth: a customer summary per language beside
 * the internal description, each affected customer's own slice (categories, groups, records,
 * role — processor by default), and notices that are reviewed before sending and can be followed
 * by supplementary notices (so several per breach and customer, numbered by sequence).
 */
export class CustomerNoticeTruth1796000000005 implements MigrationInterface {
  name = 'CustomerNoticeTruth1796000000005';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "breaches" ADD "customer_summary_nl" text`);
    await queryRunner.query(`ALTER TABLE "breaches" ADD "customer_summary_en" text`);
    await queryRunner.query(`ALTER TABLE "affected_customers" ADD "data_categories" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "affected_customers" ADD "groups_of_people" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "affected_customers" ADD "records_estimate" integer`);
    await queryRunner.query(`ALTER TABLE "affected_customers" ALTER COLUMN "role" SET DEFAULT 'processor'`);
    await queryRunner.query(`ALTER TABLE "notices" ADD "sequence" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE "notices" ADD "kind" text NOT NULL DEFAULT 'initial'`);
    await queryRunner.query(`ALTER TABLE "notices" ADD "view_hash" text`);
    await queryRunner.query(`ALTER TABLE "notices" ADD "reviewed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "notices" ADD "reviewed_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "notices" ADD "reviewed_by_name" text`);
    await queryRunner.query(`ALTER TABLE "notices" ADD "reviewed_view_hash" text`);
    await queryRunner.query(`DROP INDEX "public"."notices_breach_customer_key"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notices_breach_customer_sequence_key" ON "notices" ("breach_id", "customer_id", "sequence")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."notices_breach_customer_sequence_key"`);
    await queryRunner.query(`DELETE FROM "notices" WHERE "sequence" > 1`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notices_breach_customer_key" ON "notices" ("breach_id", "customer_id")`,
    );
    for (const column of [
      'reviewed_view_hash',
      'reviewed_by_name',
      'reviewed_by_id',
      'reviewed_at',
      'view_hash',
      'kind',
      'sequence',
    ])
      await queryRunner.query(`ALTER TABLE "notices" DROP COLUMN "${column}"`);
    await queryRunner.query(`ALTER TABLE "affected_customers" ALTER COLUMN "role" DROP DEFAULT`);
    for (const column of ['records_estimate', 'groups_of_people', 'data_categories'])
      await queryRunner.query(`ALTER TABLE "affected_customers" DROP COLUMN "${column}"`);
    await queryRunner.query(`ALTER TABLE "breaches" DROP COLUMN "customer_summary_en"`);
    await queryRunner.query(`ALTER TABLE "breaches" DROP COLUMN "customer_summary_nl"`);
  }
}
