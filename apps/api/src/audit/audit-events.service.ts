import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify';
import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import QueryStream from 'pg-query-stream';
import type { DataSource } from 'typeorm';
import { actionLabel } from './audit-descriptions';
import {
  AUDIT_CSV_COLUMNS,
  type AuditEventRow,
  neutraliseFormula,
  toAuditCsvRecord,
  toAuditEventDto,
} from './audit-event-view';
import {
  AUDIT_PAGE_DEFAULT_LIMIT,
  type AuditActionDto,
  type AuditEventFilters,
  type AuditEventsPageDto,
  type AuditEventsQuery,
} from './audit-events.dto';
import { auditEventsSql, checkPeriod, decodeCursor } from './audit-events-query';

interface PgClient {
  query<S>(submittable: S): S;
}

type Delimiter = ',' | ';';

/** The audit log for the audit page: filtered pages, the CSV export, the actions in use. */
@Injectable()
export class AuditEvents {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(query: AuditEventsQuery): Promise<AuditEventsPageDto> {
    checkPeriod(query);
    const limit = query.limit ?? AUDIT_PAGE_DEFAULT_LIMIT;
    const { text, values } = auditEventsSql(query, { below: decodeCursor(query.cursor), limit });
    const rows = (await this.dataSource.query(text, values)) as AuditEventRow[];
    const items = rows.slice(0, limit).map(toAuditEventDto);
    return { items, nextCursor: rows.length > limit ? (items.at(-1)?.seq ?? null) : null };
  }

  /**
   * Writes every matching event as CSV (RFC 4180 with CRLF, BOM, header, newest first) with flat memory: rows come
   * from a cursor, 500 a round trip, through the same view as the page (credentials masked).
   */
  async writeCsv(out: Writable, filters: AuditEventFilters, options: { delimiter: Delimiter }): Promise<void> {
    checkPeriod(filters);
    const { text, values } = auditEventsSql(filters);
    const runner = this.dataSource.createQueryRunner();
    const client = (await runner.connect()) as PgClient;
    try {
      const rows = client.query(new QueryStream(text, values, { batchSize: 500 }));
      const records = new Transform({
        objectMode: true,
        transform(row: AuditEventRow, _encoding, done) {
          done(null, toAuditCsvRecord(row));
        },
      });
      const csv = stringify({
        header: true,
        bom: true,
        delimiter: options.delimiter,
        // RFC 4180: records end in CRLF (a line break inside a quoted cell is kept as it is).
        record_delimiter: 'windows',
        columns: AUDIT_CSV_COLUMNS.map((key) => ({ key, header: key })),
        cast: { string: neutraliseFormula },
      });
      await pipeline(rows, records, csv, out);
    } finally {
      await runner.release();
    }
  }

  /**
   * The actions present in the log, alphabetically, with their short names: one index probe per
   * distinct action (a loose index scan on audit_events_action_seq_idx), not a scan of the log.
   */
  async actions(): Promise<AuditActionDto[]> {
    const rows = (await this.dataSource.query(`
      WITH RECURSIVE a(action) AS (
        (SELECT action FROM audit_events ORDER BY action LIMIT 1)
        UNION ALL
        SELECT (SELECT e.action FROM audit_events e WHERE e.action > a.action ORDER BY e.action LIMIT 1)
          FROM a WHERE a.action IS NOT NULL)
      SELECT action FROM a WHERE action IS NOT NULL`)) as { action: string }[];
    return rows.map(({ action }) => ({ action, label: actionLabel(action) }));
  }
}
