import { DataSource } from 'typeorm';

export default async function globalTeardown(): Promise<void> {
  await globalThis.__LEKWACHT_EMBEDDED__?.stop();
  const copies = process.env['LEKWACHT_INT_WORKER_DATABASES'];
  if (!copies) return;
  // the per-worker copies go; the database DATABASE_URL names stays, as before (its owner drops it)
  const base = new URL(process.env['DATABASE_URL'] ?? '');
  base.pathname = '/postgres';
  const admin = new DataSource({ type: 'postgres', url: base.toString() });
  await admin.initialize();
  try {
    for (const name of copies.split(',')) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.destroy();
  }
}
