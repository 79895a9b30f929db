import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DataSource } from 'typeorm';

/** Column order and headers of the GDPR art. 33(5) register. */
const COLUMNS: [key: string, header: string][] = [
  ['reference', 'reference'],
  ['title', 'title'],
  ['cause', 'cause'],
  ['status', 'status'],
  ['occurred_at', 'occurred_at'],
  ['discovered_at', 'discovered_at'],
  ['contained_at', 'contained_at'],
  ['closed_at', 'closed_at'],
  ['data_categories', 'data_categories'],
  ['subjects_count', 'subjects_count'],
  ['affected_customers', 'affected_customers'],
  ['description', 'facts'],
  ['likely_consequences', 'consequences'],
  ['measures_taken', 'measures_taken'],
  ['authority_state', 'authority_obligation'],
  ['authority_due_at', 'authority_due_at'],
  ['authority_fulfilled_at', 'authority_fulfilled_at'],
  ['authority_late', 'authority_late'],
  ['authority_delay_reason', 'authority_delay_reason'],
  ['customer_obligations', 'customer_obligations'],
  ['data_subjects_state', 'data_subjects_obligation'],
];

const AMS = (col: string) => `to_char(${col} AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD HH24:MI')`;

const REGISTER_SQL = `
  SELECT b.reference, b.title, b.cause, b.status,
         ${AMS('b.occurred_at')} AS occurred_at, ${AMS('b.discovered_at')} AS discovered_at,
         ${AMS('b.contained_at')} AS contained_at, ${AMS('b.closed_at')} AS closed_at,
         COALESCE((SELECT string_agg(c, ', ') FROM jsonb_array_elements_text(b.facts->'dataCategories') c), '') AS data_categories,
         COALESCE((SELECT sum(ac.subjects_count) FROM affected_customers ac WHERE ac.breach_id = b.id)::text,
                  b.facts->>'subjectsCount', '') AS subjects_count,
         COALESCE((SELECT string_agg(cu.name || ' (' || ac.role || ')', ', ' ORDER BY cu.name)
                     FROM affected_customers ac JOIN customers cu ON cu.id = ac.customer_id
                    WHERE ac.breach_id = b.id), '') AS affected_customers,
         b.description, b.likely_consequences, b.measures_taken,
         a.state AS authority_state, ${AMS('a.due_at')} AS authority_due_at,
         ${AMS('a.fulfilled_at')} AS authority_fulfilled_at,
         CASE WHEN a.late THEN 'yes' ELSE 'no' END AS authority_late, a.delay_reason AS authority_delay_reason,
         COALESCE((SELECT string_agg(o.state || CASE WHEN o.late THEN ' (late)' ELSE '' END, ', ')
                     FROM obligations o WHERE o.breach_id = b.id AND o.kind = 'customer'), '') AS customer_obligations,
         d.state AS data_subjects_state
    FROM breaches b
    LEFT JOIN obligations a ON a.breach_id = b.id AND a.kind = 'authority'
    LEFT JOIN obligations d ON d.breach_id = b.id AND d.kind = 'data_subjects'
   ORDER BY b.discovered_at, b.reference`;

/**
 * Streams the register row by row from a database cursor (pg-query-stream) through
 * csv-stringify, so memory stays flat however many breaches there are.
 */
@Injectable()
export class RegisterExportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async write(out: Writable, options: { delimiter: ',' | ';' }): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const rows = await runner.stream(REGISTER_SQL);
      const csv = stringify({
        header: true,
        bom: true,
        delimiter: options.delimiter,
        columns: COLUMNS.map(([key, header]) => ({ key, header })),
        // Excel runs cells starting with = + - @ as formulas; a quote keeps them text.
        cast: { string: (v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v) },
      });
      await pipeline(rows, csv, out);
    } finally {
      await runner.release();
    }
  }
}
