import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import QueryStream from 'pg-query-stream';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { lateSql } from '../reports/timeliness-sql';
import { CopyOutStream } from './copy-out-stream';

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
  ['evidence', 'evidence'],
];

const AMS = (col: string) => `to_char(${col} AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD HH24:MI')`;

// authority_late and "(late)" mean what the reports mean (lateSql): fulfilled late, or still open
// past the deadline. COPY takes no parameters, so "now" is the statement's now().
// Affected customers and customer obligations are aggregated once per table (GROUP BY) and
// hash-joined, instead of sub-selects run once per breach: at 100,000 breaches that halves the
// query and keeps its cost estimate under PostgreSQL's JIT inlining threshold (bench/RESULTS.md).
// The output is byte-for-byte that of the sub-select version (compared on 100,000 rows), whose
// customer-obligation list had no order; both now list it in the order of the customers column.
// Evidence (issue #18 point 3): each file still there as "name (sha256:<hex>)", oldest first,
// separated by "; " — the same name and hash the audit chain recorded at upload.
export const REGISTER_SQL = `
  WITH ac AS (
         SELECT ac.breach_id, sum(ac.subjects_count) AS subjects_count,
                string_agg(cu.name || ' (' || ac.role || ')', ', ' ORDER BY cu.name) AS names
           FROM affected_customers ac
           LEFT JOIN customers cu ON cu.id = ac.customer_id
          GROUP BY ac.breach_id),
       co AS (
         SELECT o.breach_id,
                string_agg(o.state || CASE WHEN ${lateSql('o', 'now()')} THEN ' (late)' ELSE '' END, ', ' ORDER BY cu.name, o.id) AS states
           FROM obligations o
           LEFT JOIN customers cu ON cu.id = o.customer_id
          WHERE o.kind = 'customer'
          GROUP BY o.breach_id),
       ev AS (
         SELECT e.breach_id,
                string_agg(e.file_name || ' (sha256:' || e.sha256 || ')', '; ' ORDER BY e.uploaded_at, e.id) AS files
           FROM evidence_files e
          WHERE e.deleted_at IS NULL
          GROUP BY e.breach_id)
  SELECT b.reference, b.title, b.cause, b.status,
         ${AMS('b.occurred_at')} AS occurred_at, ${AMS('b.discovered_at')} AS discovered_at,
         ${AMS('b.contained_at')} AS contained_at, ${AMS('b.closed_at')} AS closed_at,
         COALESCE((SELECT string_agg(c, ', ') FROM jsonb_array_elements_text(b.facts->'dataCategories') c), '') AS data_categories,
         COALESCE(ac.subjects_count::text, b.facts->>'subjectsCount', '') AS subjects_count,
         COALESCE(ac.names, '') AS affected_customers,
         b.description, b.likely_consequences, b.measures_taken,
         a.state AS authority_state, ${AMS('a.due_at')} AS authority_due_at,
         ${AMS('a.fulfilled_at')} AS authority_fulfilled_at,
         CASE WHEN ${lateSql('a', 'now()')} THEN 'yes' ELSE 'no' END AS authority_late, a.delay_reason AS authority_delay_reason,
         COALESCE(co.states, '') AS customer_obligations,
         d.state AS data_subjects_state,
         COALESCE(ev.files, '') AS evidence
    FROM breaches b
    LEFT JOIN obligations a ON a.breach_id = b.id AND a.kind = 'authority'
    LEFT JOIN obligations d ON d.breach_id = b.id AND d.kind = 'data_subjects'
    LEFT JOIN ac ON ac.breach_id = b.id
    LEFT JOIN co ON co.breach_id = b.id
    LEFT JOIN ev ON ev.breach_id = b.id
   ORDER BY b.discovered_at, b.reference`;

type Delimiter = ',' | ';';

/**
 * The register through PostgreSQL's own CSV writer (COPY … TO STDOUT), giving the bytes
 * csv-stringify gives for the cursor rows (register-export.int-spec.ts compares them): cells
 * that Excel would run as formulas get a leading quote; empty strings become NULL, since COPY
 * writes "" for an empty string and csv-stringify writes nothing; and COPY, like csv-stringify,
 * quotes a cell only when it holds the delimiter, a double quote, CR or LF.
 */
function copySql(delimiter: Delimiter): string {
  const cells = COLUMNS.map(
    ([key, header]) =>
      `NULLIF(CASE WHEN left(r.${key}, 1) IN ('=', '+', '-', '@', E'\\t', E'\\r') THEN '''' || r.${key} ELSE r.${key} END, '') AS "${header}"`,
  );
  return `COPY (SELECT ${cells.join(', ')} FROM (${REGISTER_SQL}) r) TO STDOUT WITH (FORMAT csv, HEADER, DELIMITER '${delimiter}')`;
}

interface PgClient {
  query<S>(submittable: S): S;
}

/**
 * Writes the register as CSV (BOM, header, one row per breach) with flat memory however many
 * breaches there are. On a PostgreSQL server the database writes the CSV itself (COPY TO
 * STDOUT, streamed with backpressure), about as fast as `psql \copy`. PGlite answers a COPY
 * with its whole output at once, so there the rows come from a cursor (pg-query-stream, 1,000
 * rows a round trip) through csv-stringify. Both give the same bytes.
 */
@Injectable()
export class RegisterExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async write(out: Writable, options: { delimiter: Delimiter; via?: 'copy' | 'cursor' }): Promise<void> {
    const via = options.via ?? (this.config.database.kind === 'postgres' ? 'copy' : 'cursor');
    const runner = this.dataSource.createQueryRunner();
    const client = (await runner.connect()) as PgClient;
    let reusable = true;
    try {
      if (via === 'copy') {
        // PostgreSQL would JIT-compile this one statement's expressions: ~0.3 s of its ~1 s at
        // 100,000 breaches, never repaid (bench/RESULTS.md, register export). Reset before release.
        await runner.query('SET jit = off');
        const copy = client.query(new CopyOutStream(copySql(options.delimiter)));
        try {
          out.write('\uFEFF');
          await pipeline(copy, out);
        } finally {
          // A COPY abandoned half-way (the HTTP client went away) leaves the connection busy.
          reusable = copy.complete;
        }
      } else {
        const rows = client.query(new QueryStream(REGISTER_SQL, [], { batchSize: 1000 }));
        const csv = stringify({
          header: true,
          bom: true,
          delimiter: options.delimiter,
          columns: COLUMNS.map(([key, header]) => ({ key, header })),
          // Excel runs cells starting with = + - @ as formulas; a quote keeps them text.
          cast: { string: (v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v) },
        });
        await pipeline(rows, csv, out);
      }
    } finally {
      if (reusable && via === 'copy') await runner.query('RESET jit').catch(() => (reusable = false));
      if (reusable) await runner.release();
      // pg's pool closes a client released with an error instead of reusing it.
      else
        await (runner as unknown as { releasePostgresConnection(err: Error): Promise<void> }).releasePostgresConnection(
          new Error('register export aborted'),
        );
    }
  }
}
