import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data subjects (GDPR art. 34): the record that they were informed, and the art. 34(3) ground
 * carried by a "not required" decision, each kept on the obligation it settles.
 */
export class DutiesTruth1796000000001 implements MigrationInterface {
  name = 'DutiesTruth1796000000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "obligations" ADD "data_subjects_informed" jsonb`);
    await queryRunner.query(`ALTER TABLE "obligations" ADD "art34_exception" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "obligations" DROP COLUMN "art34_exception"`);
    await queryRunner.query(`ALTER TABLE "obligations" DROP COLUMN "data_subjects_informed"`);
  }
}
