import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #19: the breach list pages by keyset (`discovered_at, reference` after the last row), so
 * its order is one index walked from a position instead of an OFFSET over every earlier row. The
 * two-column index replaces the one on `discovered_at` alone (it serves those queries too).
 */
export class BreachListKeyset1796000000021 implements MigrationInterface {
  name = 'BreachListKeyset1796000000021';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "breaches_discovered_at_reference_idx" ON "breaches" ("discovered_at", "reference")`,
    );
    await queryRunner.query(`DROP INDEX "public"."breaches_discovered_at_idx"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "breaches_discovered_at_idx" ON "breaches" ("discovered_at")`);
    await queryRunner.query(`DROP INDEX "public"."breaches_discovered_at_reference_idx"`);
  }
}
