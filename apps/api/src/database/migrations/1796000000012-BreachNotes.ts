import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #18 point 4: notes on a breach (Markdown source, at most 10,000 characters) with the
 * colleagues they mention. The first foreign keys of the schema: a note without its breach or
 * author would be a statement nobody made about nothing. `mention_ids` is an array, not a join
 * table: users are deactivated, never deleted, and mentions are only read with their note.
 */
export class BreachNotes1796000000012 implements MigrationInterface {
  name = 'BreachNotes1796000000012';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "breach_notes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "breach_id" uuid NOT NULL,
                "author_id" uuid NOT NULL,
                "body" text NOT NULL,
                "mention_ids" uuid array NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "edited_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "breach_notes_body_length_check" CHECK (char_length("body") <= 10000),
                CONSTRAINT "breach_notes_pkey" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`CREATE INDEX "breach_notes_author_id_idx" ON "breach_notes" ("author_id")`);
    await queryRunner.query(
      `CREATE INDEX "breach_notes_breach_created_idx" ON "breach_notes" ("breach_id", "created_at")`,
    );
    await queryRunner.query(`
            ALTER TABLE "breach_notes" ADD CONSTRAINT "breach_notes_breach_id_fkey"
                FOREIGN KEY ("breach_id") REFERENCES "breaches"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "breach_notes" ADD CONSTRAINT "breach_notes_author_id_fkey"
                FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "breach_notes" DROP CONSTRAINT "breach_notes_author_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "breach_notes" DROP CONSTRAINT "breach_notes_breach_id_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."breach_notes_breach_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."breach_notes_author_id_idx"`);
    await queryRunner.query(`DROP TABLE "breach_notes"`);
  }
}
