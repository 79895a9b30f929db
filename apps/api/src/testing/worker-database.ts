/**
 * Runs in every integration-test worker before its test files: each Jest worker has its own
 * database (global-setup.ts made them), so two files never share demo data, settings or the
 * audit chain while they run side by side. On a PostgreSQL server a copy per worker
 * (LEKWACHT_INT_WORKER_DATABASES, names); embedded, a PGlite per worker (LEKWACHT_INT_WORKER_URLS).
 */
const worker = Number(process.env['JEST_WORKER_ID'] ?? '1');
const workerUrls = process.env['LEKWACHT_INT_WORKER_URLS'];
const workerDatabases = process.env['LEKWACHT_INT_WORKER_DATABASES'];
if (workerUrls) {
  const urls = workerUrls.split(',');
  process.env['DATABASE_URL'] = urls[(worker - 1) % urls.length];
} else if (workerDatabases) {
  const names = workerDatabases.split(',');
  const url = new URL(process.env['DATABASE_URL'] ?? '');
  url.pathname = `/${names[(worker - 1) % names.length]}`;
  process.env['DATABASE_URL'] = url.toString();
}
