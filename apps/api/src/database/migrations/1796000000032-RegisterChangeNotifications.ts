import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #19: instances remember register pages (breaches/register-page-cache.ts). Whatever changes
 * what a page shows — any breach or obligation written, an owner's name — notifies channel
 * `lekwacht_register` on commit, whichever code or person made the change, so every instance
 * forgets its pages at once. Per statement, not per row: a bulk change is one notification.
 */
export class RegisterChangeNotifications1796000000032 implements MigrationInterface {
  name = 'RegisterChangeNotifications1796000000032';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION lekwacht_notify_register_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('lekwacht_register', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    for (const table of ['breaches', 'obligations'])
      await queryRunner.query(`
        CREATE TRIGGER ${table}_notify_register AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION lekwacht_notify_register_change()`);
    await queryRunner.query(`
      CREATE TRIGGER users_notify_register AFTER UPDATE ON users FOR EACH ROW
        WHEN (OLD.name IS DISTINCT FROM NEW.name)
        EXECUTE FUNCTION lekwacht_notify_register_change()`);
    await queryRunner.query(`
      CREATE TRIGGER users_notify_register_delete AFTER DELETE ON users FOR EACH STATEMENT
        EXECUTE FUNCTION lekwacht_notify_register_change()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER users_notify_register_delete ON users`);
    await queryRunner.query(`DROP TRIGGER users_notify_register ON users`);
    for (const table of ['breaches', 'obligations'])
      await queryRunner.query(`DROP TRIGGER ${table}_notify_register ON ${table}`);
    await queryRunner.query(`DROP FUNCTION lekwacht_notify_register_change()`);
  }
}
