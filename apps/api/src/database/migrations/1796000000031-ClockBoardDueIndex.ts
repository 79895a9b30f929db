import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #19: the clock board pages through the open duties by deadline to the millisecond, in UTC,
 * without a deadline last (clock-board.query.ts), by keyset: this index serves that order and its positions,
 * so a page reads its 100 rows instead of sorting 200,000.
 */
export class ClockBoardDueIndex1796000000031 implements MigrationInterface {
  name = 'ClockBoardDueIndex1796000000031';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "obligations_open_due_idx" ON "obligations"
         ((date_trunc('milliseconds', coalesce("due_at", 'infinity'::timestamptz) AT TIME ZONE 'UTC')))
         WHERE "state" = 'open'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."obligations_open_due_idx"`);
  }
}
