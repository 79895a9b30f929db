import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLekwacht } from './bootstrap';
import { describeConfig } from './config/app-config';
import { ConfigurationError } from './config/environment';
import { DEMO_USERS } from './demo/demo-data';

/** `node main.js --openapi FILE` writes the OpenAPI document (for the web's typed client). */
async function writeOpenApi(file: string): Promise<void> {
  const { openApi, close } = await createLekwacht(
    { ...process.env, DATABASE_URL: '', DEMO_DATA: 'false', LOG_LEVEL: 'warn', SCHEDULER_ENABLED: 'false' },
    { embeddedDataDir: null },
  );
  writeFileSync(file, JSON.stringify(openApi, null, 2) + '\n');
  await close();
}

/**
 * SIGTERM/SIGINT: stop taking requests, let the module hooks run, then shut the embedded
 * PostgreSQL down cleanly, so its data folder can be copied as a backup and restarts without
 * crash recovery. A second signal exits at once.
 */
function stopCleanlyOnSignal(close: () => Promise<void>): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    new Logger('Lekwacht').log(`${signal}: shutting down`);
    close().then(
      () => process.exit(0),
      (err: unknown) => {
        process.stderr.write(`shutdown failed: ${err instanceof Error ? err.stack : String(err)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

async function main(): Promise<void> {
  const openApiIndex = process.argv.indexOf('--openapi');
  const openApiFile = openApiIndex > 0 ? process.argv[openApiIndex + 1] : undefined;
  if (openApiFile) return writeOpenApi(openApiFile);
  const { app, config, close } = await createLekwacht(process.env, {
    webDir: process.env['LEKWACHT_WEB_DIR'] ?? join(__dirname, '..', 'web'),
  });
  stopCleanlyOnSignal(close);
  await app.listen(config.port);
  new Logger('Config').log(describeConfig(config));
  const url = `http://localhost:${config.port}`;
  const lines = [
    '',
    `  Lekwacht is running on ${url}`,
    `  database: ${config.database.kind === 'embedded' ? `embedded (${config.env.LEKWACHT_DATA_DIR})` : 'PostgreSQL server'}`,
    `  mail: ${config.env.SMTP_URL ? 'SMTP' : 'kept in the app (Mailbox page); set SMTP_URL to send'}`,
    `  API docs: ${url}/api/docs`,
  ];
  if (config.demoData) {
    lines.push('  demo logins (password: ' + config.env.DEMO_PASSWORD + '):');
    for (const u of DEMO_USERS) lines.push(`    ${u.role.padEnd(8)} ${u.email}`);
  }
  // After the start-up logs, so the URL and the logins are the last thing on the screen.
  setTimeout(() => process.stdout.write(lines.join('\n') + '\n\n'), 50);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigurationError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`Lekwacht could not start: ${err instanceof Error ? err.stack : String(err)}\n`);
  }
  process.exit(1);
});
