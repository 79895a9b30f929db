import 'reflect-metadata';
import './register-paths';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { DataSource } from 'typeorm';
import { createLekwacht } from '../bootstrap';

declare global {
  var __LEKWACHT_EMBEDDED__: { stop(): Promise<void> } | undefined;
}

/**
 * Starts PGlite here (it cannot start inside a jest worker, STACK.md) unless DATABASE_URL
 * points at a server, then migrates and seeds once so test files never race to do it. With a
 * server and more than one worker, each worker gets a copy of that database (worker-database.ts).
 */
export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  process.env['TZ'] = 'UTC';
  // Without it every test app would write <LEKWACHT_DATA_DIR>/audit.key into the working tree.
  process.env['AUDIT_KEY'] ??= 'lekwacht-test-audit-key-not-for-production';
  if (!process.env['DATABASE_URL']) {
    const embedded = await startEmbeddedPostgres(undefined, 100);
    globalThis.__LEKWACHT_EMBEDDED__ = embedded;
    process.env['DATABASE_URL'] = embedded.url;
    // PGlite has one session: queries must queue in a pool of one (database.module.ts).
    process.env['DATABASE_POOL_SIZE'] = '1';
  }
  const { app, close } = await createLekwacht({
    ...process.env,
    DEMO_DATA: 'true',
    LOG_LEVEL: 'silent',
    SCHEDULER_ENABLED: 'false',
  });
  await app.init();
  // Escalation mail is bundled per recipient per digest interval (15 min by default). Test files
  // share the demo managers, so one file's digest would hold the next file's mail: the test
  // database sends each firing's digest at once; escalation-digest.int-spec.ts sets its own interval.
  await app.get(DataSource).query(
    `INSERT INTO app_settings (key, value) VALUES ('escalation_settings', '{"digestIntervalMinutes": 0}')
       ON CONFLICT (key) DO UPDATE SET value = app_settings.value || '{"digestIntervalMinutes": 0}'`,
  );
  await close();
  if (!globalThis.__LEKWACHT_EMBEDDED__ && globalConfig.maxWorkers > 1) {
    await copyPerWorker(process.env['DATABASE_URL'] ?? '', globalConfig.maxWorkers);
  }
}

/** CREATE DATABASE … TEMPLATE copies the migrated, seeded database in a moment. */
async function copyPerWorker(baseUrl: string, workers: number): Promise<void> {
  const base = new URL(baseUrl);
  const template = decodeURIComponent(base.pathname.slice(1));
  const names = Array.from({ length: workers }, (_, i) => `${template}_w${i + 1}`);
  const adminUrl = new URL(baseUrl);
  adminUrl.pathname = '/postgres';
  const admin = new DataSource({ type: 'postgres', url: adminUrl.toString() });
  await admin.initialize();
  try {
    for (const name of names) {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    }
  } finally {
    await admin.destroy();
  }
  process.env['LEKWACHT_INT_WORKER_DATABASES'] = names.join(',');
}
