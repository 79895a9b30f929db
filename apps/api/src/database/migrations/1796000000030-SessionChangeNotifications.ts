import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #19: instances remember resolved sessions (auth/session-cache.ts). Whatever ends a session
 * or changes what it grants — revocation, its CSRF token, MFA-enrolment limit or start (the
 * absolute lifetime counts from it), the user's role,
 * name, e-mail, language or deactivation, a deleted row — notifies channel `lekwacht_sessions` on
 * commit, whichever code or person made the change, so every instance forgets it at once. The
 * once-a-minute `last_seen_at` touch notifies nobody.
 */
export class SessionChangeNotifications1796000000030 implements MigrationInterface {
  name = 'SessionChangeNotifications1796000000030';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION lekwacht_notify_session_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'sessions' THEN
          PERFORM pg_notify('lekwacht_sessions', 's:' || OLD.token_hash);
        ELSE
          PERFORM pg_notify('lekwacht_sessions', 'u:' || OLD.id);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER sessions_notify_change AFTER UPDATE ON sessions FOR EACH ROW
        WHEN (OLD.revoked_at IS DISTINCT FROM NEW.revoked_at OR OLD.csrf_token IS DISTINCT FROM NEW.csrf_token
              OR OLD.mfa_enrolment_only IS DISTINCT FROM NEW.mfa_enrolment_only OR OLD.user_id IS DISTINCT FROM NEW.user_id
              OR OLD.token_hash IS DISTINCT FROM NEW.token_hash OR OLD.created_at IS DISTINCT FROM NEW.created_at)
        EXECUTE FUNCTION lekwacht_notify_session_change()`);
    await queryRunner.query(`
      CREATE TRIGGER sessions_notify_delete AFTER DELETE ON sessions FOR EACH ROW
        EXECUTE FUNCTION lekwacht_notify_session_change()`);
    await queryRunner.query(`
      CREATE TRIGGER users_notify_change AFTER UPDATE ON users FOR EACH ROW
        WHEN (OLD.active IS DISTINCT FROM NEW.active OR OLD.role IS DISTINCT FROM NEW.role
              OR OLD.email IS DISTINCT FROM NEW.email OR OLD.name IS DISTINCT FROM NEW.name
              OR OLD.language IS DISTINCT FROM NEW.language)
        EXECUTE FUNCTION lekwacht_notify_session_change()`);
    await queryRunner.query(`
      CREATE TRIGGER users_notify_delete AFTER DELETE ON users FOR EACH ROW
        EXECUTE FUNCTION lekwacht_notify_session_change()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER users_notify_delete ON users`);
    await queryRunner.query(`DROP TRIGGER users_notify_change ON users`);
    await queryRunner.query(`DROP TRIGGER sessions_notify_delete ON sessions`);
    await queryRunner.query(`DROP TRIGGER sessions_notify_change ON sessions`);
    await queryRunner.query(`DROP FUNCTION lekwacht_notify_session_change()`);
  }
}
