import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BreachRegister1795603910563 implements MigrationInterface {
  name = 'BreachRegister1795603910563';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "affected_customers" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "breach_id" uuid NOT NULL,
                "customer_id" uuid NOT NULL,
                "subjects_count" integer,
                "role" text NOT NULL,
                CONSTRAINT "PK_cbdc7f5beb182173831693bd811" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "affected_customers_customer_id_idx" ON "affected_customers" ("customer_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "affected_customers_breach_customer_key" ON "affected_customers" ("breach_id", "customer_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "breaches" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "reference" text NOT NULL,
                "title" text NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "cause" text NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE,
                "discovered_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "contained_at" TIMESTAMP WITH TIME ZONE,
                "contact_person_id" uuid,
                "affected_systems" text array NOT NULL DEFAULT '{}',
                "measures_taken" text NOT NULL DEFAULT '',
                "likely_consequences" text NOT NULL DEFAULT '',
                "facts" jsonb,
                "escalation_policy" jsonb NOT NULL,
                "status" text NOT NULL DEFAULT 'open',
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "created_by_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "PK_1ae8bb9659fcd0eff82f1a7c127" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "breaches_reference_key" ON "breaches" ("reference")
        `);
    await queryRunner.query(`
            CREATE INDEX "breaches_discovered_at_idx" ON "breaches" ("discovered_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "breaches_status_idx" ON "breaches" ("status")
        `);
    await queryRunner.query(`
            CREATE TABLE "breach_counters" (
                "year" integer NOT NULL,
                "last_number" integer NOT NULL,
                CONSTRAINT "PK_4ccdfcd21acd7ed085c700bef9b" PRIMARY KEY ("year")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "customers" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "contact_person_name" text,
                "contact_person_email" text,
                "management_name" text NOT NULL,
                "management_email" text NOT NULL,
                "language" text NOT NULL DEFAULT 'nl',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_133ec679a801fab5e070f73d3ea" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "customers_name_idx" ON "customers" ("name")
        `);
    await queryRunner.query(`
            CREATE TABLE "obligations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "breach_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "customer_id" uuid,
                "basis" text NOT NULL,
                "due_at" TIMESTAMP WITH TIME ZONE,
                "required" boolean,
                "state" text NOT NULL DEFAULT 'open',
                "fulfilled_at" TIMESTAMP WITH TIME ZONE,
                "late" boolean NOT NULL DEFAULT false,
                "delay_reason" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6e661b1b461253d2bf5d57e518d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "obligations_breach_id_idx" ON "obligations" ("breach_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "obligations_state_due_at_idx" ON "obligations" ("state", "due_at")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."obligations_state_due_at_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."obligations_breach_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "obligations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."customers_name_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "customers"
        `);
    await queryRunner.query(`
            DROP TABLE "breach_counters"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."breaches_status_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."breaches_discovered_at_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."breaches_reference_key"
        `);
    await queryRunner.query(`
            DROP TABLE "breaches"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."affected_customers_breach_customer_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."affected_customers_customer_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "affected_customers"
        `);
  }
}
