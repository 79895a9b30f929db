import 'reflect-metadata';
import './register-paths';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type EmbeddedPostgres, startEmbeddedPostgres } from '../database/embedded-postgres';
import { DataSource } from 'typeorm';
import { createLekwacht } from '../bootstrap';

declare global {
  var __LEKWACHT_EMBEDDED__: { stop(): Promise<void> } | undefined;
}

/**
 * Test-only server settings for the embedded database, which lives in memory and is thrown away:
 * no full-page images and the least WAL, commits that do not wait for it. About a fifth less CPU
 * for the embedded integration run; what queries see is unchanged.
 */
const THROWAWAY_DATABASE_SETTINGS = [
  'full_page_writes=off',
  'wal_level=minimal',
  'max_wal_senders=0',
  'synchronous_commit=off',
];

/**
 * Starts PGlite here (it cannot start inside a jest worker, docs/reliability.md) unless
 * DATABASE_URL points at a server, then migrates and seeds once so test files never race to do
 * it. With more than one worker each worker gets a database of its own (worker-database.ts): on
 * a server a copy made with CREATE DATABASE … TEMPLATE; embedded, the first worker uses this
 * PGlite and every other one a copy of its data folder in a process of its own (pglite-copy.mjs),
 * as PGlite runs one query at a time on one thread.
 */
export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  process.env['TZ'] = 'UTC';
  // Without it every test app would write <LEKWACHT_DATA_DIR>/audit.key into the working tree.
  process.env['AUDIT_KEY'] ??= 'lekwacht-test-audit-key-not-for-production';
  let embedded: EmbeddedPostgres | undefined;
  if (!process.env['DATABASE_URL']) {
    embedded = await startEmbeddedPostgres(undefined, 100, THROWAWAY_DATABASE_SETTINGS);
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
  // the copies start from a clean data folder: no WAL to replay
  if (embedded && globalConfig.maxWorkers > 1) await app.get(DataSource).query('CHECKPOINT');
  await close();
  if (globalConfig.maxWorkers <= 1) return;
  if (embedded) await copyEmbeddedPerWorker(embedded, globalConfig.maxWorkers);
  else await copyPerWorker(process.env['DATABASE_URL'] ?? '', globalConfig.maxWorkers);
}

/**
 * One PGlite process per further worker, each loading the seeded data folder; all start at once.
 * LEKWACHT_INT_WORKER_URLS lists every worker's database, this process's PGlite first.
 */
async function copyEmbeddedPerWorker(embedded: EmbeddedPostgres, workers: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lekwacht-int-'));
  const tarball = join(dir, 'pgdata.tar');
  const children: ChildProcess[] = [];
  const stopCopies = () =>
    Promise.all(
      children.map(
        (child) =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      ),
    );
  globalThis.__LEKWACHT_EMBEDDED__ = {
    async stop() {
      await stopCopies();
      await embedded.stop();
    },
  };
  try {
    writeFileSync(tarball, Buffer.from(await (await embedded.dumpDataDir()).arrayBuffer()));
    const urls = await Promise.all(
      Array.from({ length: workers - 1 }, () => {
        const script = join(__dirname, 'pglite-copy.mjs');
        // stdin stays open: the copy stops when it closes, so a killed Jest leaves none behind
        const child = spawn(process.execPath, [script, tarball, ...THROWAWAY_DATABASE_SETTINGS], {
          stdio: ['pipe', 'pipe', 'inherit'],
        });
        children.push(child);
        return new Promise<string>((resolve, reject) => {
          child.once('error', reject);
          child.once('exit', (code) => reject(new Error(`pglite-copy.mjs exited with ${code} before it listened`)));
          createInterface({ input: child.stdout }).once('line', (line) => resolve(JSON.parse(line).url));
        });
      }),
    );
    process.env['LEKWACHT_INT_WORKER_URLS'] = [embedded.url, ...urls].join(',');
  } finally {
    rmSync(dir, { recursive: true, force: true });
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
