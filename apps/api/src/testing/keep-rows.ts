import type { DataSource } from 'typeorm';

/**
 * Test files run one after another on the same database in a Jest worker, in an order that varies
 * from run to run: a file that changes shared state (a setting, a notice template) must leave it
 * exactly as it found it, not as it presumes the default to be. This remembers the rows of `table`
 * matching `where` as PostgreSQL returns them (JSON, so every column type comes back as it was) and
 * returns how to put exactly those back: rows added since are deleted, changed ones restored.
 *
 *   const restore = await keepRows(ds, 'app_settings', `key = $1`, ['mfa_policy']);
 *   … afterAll: await restore();
 */
export async function keepRows(
  ds: DataSource,
  table: string,
  where: string,
  params: unknown[] = [],
): Promise<() => Promise<void>> {
  const [{ rows }] = (await ds.query(
    `SELECT coalesce(json_agg(kept), '[]'::json) AS rows FROM ${table} kept WHERE ${where}`,
    params,
  )) as { rows: unknown[] }[];
  return () =>
    ds.transaction(async (m) => {
      await m.query(`DELETE FROM ${table} WHERE ${where}`, params);
      if (rows.length > 0)
        await m.query(`INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, $1)`, [
          JSON.stringify(rows),
        ]);
    });
}

/** keepRows for one app_settings row (missing before: deleted again after). */
export const keepSetting = (ds: DataSource, key: string): Promise<() => Promise<void>> =>
  keepRows(ds, 'app_settings', 'key = $1', [key]);
