/**
 * Runs in every integration-test worker before its test files: with a PostgreSQL server, each
 * Jest worker has its own database (global-setup.ts made them), so two files never share demo
 * data, settings or the audit chain while they run side by side.
 */
const workerDatabases = process.env['LEKWACHT_INT_WORKER_DATABASES'];
if (workerDatabases) {
  const names = workerDatabases.split(',');
  const worker = Number(process.env['JEST_WORKER_ID'] ?? '1');
  const url = new URL(process.env['DATABASE_URL'] ?? '');
  url.pathname = `/${names[(worker - 1) % names.length]}`;
  process.env['DATABASE_URL'] = url.toString();
}
