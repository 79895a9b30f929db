import 'reflect-metadata';
import './register-paths';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { createLekwacht } from '../bootstrap';

declare global {
  var __LEKWACHT_EMBEDDED__: { stop(): Promise<void> } | undefined;
}

/**
 * Starts PGlite here (it cannot start inside a jest worker, STACK.md) unless DATABASE_URL
 * points at a server, then migrates and seeds once so test files never race to do it.
 */
export default async function globalSetup(): Promise<void> {
  process.env['TZ'] = 'UTC';
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
  await close();
}
