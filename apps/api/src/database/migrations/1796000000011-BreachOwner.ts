import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #18 point 1: every breach has an owner, the officer who handles it. Existing breaches get
 * the officer who registered them (`created_by_id`, set on every registration) wherever that user
 * is still known; a breach whose registering user no longer exists stays without an owner until
 * someone hands it over. Handovers after this are audited (`breach.handed_over`).
 */
export class BreachOwner1796000000011 implements MigrationInterface {
  name = 'BreachOwner1796000000011';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "breaches" ADD "owner_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "breaches" ADD CONSTRAINT "breaches_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE INDEX "breaches_owner_id_idx" ON "breaches" ("owner_id")`);
    await queryRunner.query(
      `UPDATE "breaches" b SET "owner_id" = b."created_by_id" FROM "users" u WHERE u."id" = b."created_by_id"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."breaches_owner_id_idx"`);
    await queryRunner.query(`ALTER TABLE "breaches" DROP CONSTRAINT "breaches_owner_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "breaches" DROP COLUMN "owner_id"`);
  }
}
