import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #15 point 1: the measures and consequences a notice shows are customer-facing text per
 * language, beside the internal `measures_taken` / `likely_consequences` (register, AP form).
 * Deliberately not back-filled from the internal text: that is written in one language for
 * colleagues and is exactly what must not reach a notice in the other language.
 */
export class CustomerMeasuresConsequences1796000000009 implements MigrationInterface {
  name = 'CustomerMeasuresConsequences1796000000009';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "breaches" ADD "customer_measures_nl" text`);
    await queryRunner.query(`ALTER TABLE "breaches" ADD "customer_measures_en" text`);
    await queryRunner.query(`ALTER TABLE "breaches" ADD "customer_consequences_nl" text`);
    await queryRunner.query(`ALTER TABLE "breaches" ADD "customer_consequences_en" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "breaches" DROP COLUMN "customer_consequences_en"`);
    await queryRunner.query(`ALTER TABLE "breaches" DROP COLUMN "customer_consequences_nl"`);
    await queryRunner.query(`ALTER TABLE "breaches" DROP COLUMN "customer_measures_en"`);
    await queryRunner.query(`ALTER TABLE "breaches" DROP COLUMN "customer_measures_nl"`);
  }
}
