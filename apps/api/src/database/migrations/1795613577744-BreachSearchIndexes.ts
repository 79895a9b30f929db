import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trigram indexes for the breach list search (`q`: reference, title or description ILIKE
 * '%term%'). Without them every search scans the whole register: 130 ms at 100,000 breaches,
 * 3–5 ms with them for a selective term (bench/RESULTS.md, "API latency"). TypeORM cannot
 * describe GIN operator-class indexes, so BreachEntity declares them with synchronize: false.
 * pg_trgm is a trusted extension (PostgreSQL 13+); PGlite loads it from its contrib bundle
 * (embedded-postgres.ts).
 */
export class BreachSearchIndexes1795613577744 implements MigrationInterface {
  name = 'BreachSearchIndexes1795613577744';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "breaches_reference_trgm_idx" ON "breaches" USING gin ("reference" gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX "breaches_title_trgm_idx" ON "breaches" USING gin ("title" gin_trgm_ops)`);
    await queryRunner.query(
      `CREATE INDEX "breaches_description_trgm_idx" ON "breaches" USING gin ("description" gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."breaches_description_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "public"."breaches_title_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "public"."breaches_reference_trgm_idx"`);
  }
}
