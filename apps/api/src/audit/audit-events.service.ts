import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify';
import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import QueryStream from 'pg-query-stream';
import type { DataSource } from 'typeorm';
import { InvalidInputError } from '../errors/domain-errors';
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

const MAX_BIGINT = 9223372036854775807n;

/** `to` is the last day of the period (inclusive), so it must not be before `from`. */
export function checkPeriod(filters: Pick<AuditEventFilters, 'from' | 'to'>): void {
  if (filters.from !== undefined && filters.to !== undefined && filters.to < filters.from) {
    throw new InvalidInputError(['to must not be before from']);
  }
}

/** The seq a page starts below; a number beyond a bigint is no cursor this API gave out. */
export function decodeCursor(cursor: string | undefined): string | null {
  if (cursor === undefined) return null;
  if (!/^[1-9]\d{0,18}$/.test(cursor) || BigInt(cursor) > MAX_BIGINT) {
    throw new InvalidInputError(['cursor must be the nextCursor of an earlier page']);
  }
  return cursor;
}

/**
 * The audit query, newest first. Every filter is a parameter; the period is whole days in
 * Europe/Amsterdam (`to` inclusive), as the reports count them. Keyset paging on seq, the chain's
 * own order: a page starts below the previous page's last seq, so events appended while someone
 * pages never shift a row onto the next page twice or off it.
 */
export function auditEventsSql(
  filters: AuditEventFilters,
  page?: { below: string | null; limit: number },
): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const param = (v: unknown) => {
    values.push(v);
    return `$${values.length}`;
  };
  const where: string[] = [];
  if (filters.breachId) where.push(`e.breach_id = ${param(filters.breachId)}`);
  if (filters.actorId) where.push(`e.actor_id = ${param(filters.actorId)}`);
  if (filters.action) where.push(`e.action = ${param(filters.action)}`);
  if (filters.from)
    where.push(`e.occurred_at >= ((${param(filters.from)}::date)::timestamp AT TIME ZONE 'Europe/Amsterdam')`);
  if (filters.to)
    where.push(`e.occurred_at < ((${param(filters.to)}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`);
  if (page?.below) where.push(`e.seq < ${param(page.below)}::bigint`);
  const text = `
    SELECT e.seq, e.occurred_at,
           to_char(e.occurred_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD HH24:MI:SS') AS occurred_at_local,
           e.actor_id, e.actor_label, u.name AS actor_name, e.action, e.entity_type, e.entity_id,
           e.breach_id, b.reference AS breach_reference, e.before, e.after, e.hash
      FROM audit_events e
      LEFT JOIN users u ON u.id = e.actor_id
      LEFT JOIN breaches b ON b.id = e.breach_id
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY e.seq DESC
     ${page ? `LIMIT ${param(page.limit + 1)}` : ''}`;
  return { text, values };
}

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
