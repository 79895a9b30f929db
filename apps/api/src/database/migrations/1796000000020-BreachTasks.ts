import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #18 point 2: tasks on a breach (from the checklist of its kind, or added by hand), with
 * the reminder sent to the assignee when one falls due. The partial index is the reminder sweep's:
 * it reads only open, unreminded tasks with a due date.
 */
export class BreachTasks1796000000020 implements MigrationInterface {
  name = 'BreachTasks1796000000020';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "breach_tasks" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "breach_id" uuid NOT NULL,
                "title" text NOT NULL,
                "assignee_id" uuid,
                "due_at" TIMESTAMP WITH TIME ZONE,
                "state" text NOT NULL DEFAULT 'open',
                "not_needed_reason" text,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "closed_by_id" uuid,
                "reminded_at" TIMESTAMP WITH TIME ZONE,
                "position" integer NOT NULL DEFAULT '0',
                "created_by_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "breach_tasks_title_length_check" CHECK (char_length("title") BETWEEN 1 AND 200),
                CONSTRAINT "breach_tasks_state_check" CHECK ("state" IN ('open', 'done', 'not_needed')),
                CONSTRAINT "breach_tasks_pkey" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`CREATE INDEX "breach_tasks_assignee_id_idx" ON "breach_tasks" ("assignee_id")`);
    await queryRunner.query(
      `CREATE INDEX "breach_tasks_breach_position_idx" ON "breach_tasks" ("breach_id", "position")`,
    );
    await queryRunner.query(
      `CREATE INDEX "breach_tasks_reminder_due_idx" ON "breach_tasks" ("due_at")
        WHERE "state" = 'open' AND "reminded_at" IS NULL AND "due_at" IS NOT NULL`,
    );
    await queryRunner.query(`
            ALTER TABLE "breach_tasks" ADD CONSTRAINT "breach_tasks_breach_id_fkey"
                FOREIGN KEY ("breach_id") REFERENCES "breaches"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "breach_tasks" ADD CONSTRAINT "breach_tasks_assignee_id_fkey"
                FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "breach_tasks"`);
  }
}
