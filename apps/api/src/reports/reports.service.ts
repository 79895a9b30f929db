import { BREACH_CAUSES, type BreachCause } from '@lekwacht/contracts';
import { DATA_CATEGORIES, type DataCategory } from '@lekwacht/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DataSource } from 'typeorm';
import type { ReportPeriod } from './report-period';
import type { ReportSummaryDto } from './report-summary.dto';

/** Breaches discovered in [from 00:00, to + 1 day 00:00) Europe/Amsterdam; $1 = from, $2 = to. */
const PERIOD_BREACHES = `
  SELECT br.* FROM breaches br
   WHERE br.discovered_at >= (($1::date)::timestamp AT TIME ZONE 'Europe/Amsterdam')
     AND br.discovered_at < ((($2::date + 1))::timestamp AT TIME ZONE 'Europe/Amsterdam')`;

const AMS_MONTH = (col: string) => `to_char(${col} AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM')`;

const SUMMARY_SQL = `
  WITH b AS (${PERIOD_BREACHES}),
  o AS (SELECT ob.kind, ob.state, ob.late, ob.fulfilled_at, b.discovered_at
          FROM obligations ob JOIN b ON b.id = ob.breach_id),
  auth AS (SELECT * FROM o WHERE kind = 'authority' AND state = 'fulfilled'),
  cust AS (SELECT * FROM o WHERE kind = 'customer' AND state = 'fulfilled')
  SELECT
    (SELECT count(*) FROM b)::int AS breaches,
    (SELECT count(*) FROM auth)::int AS authority_notified,
    (SELECT count(*) FROM auth WHERE NOT late)::int AS authority_on_time,
    (SELECT count(*) FROM cust)::int AS customer_notices,
    (SELECT count(*) FROM cust WHERE NOT late)::int AS customer_on_time,
    (SELECT round((percentile_cont(0.5) WITHIN GROUP (
              ORDER BY extract(epoch FROM fulfilled_at - discovered_at) / 3600))::numeric, 1)
       FROM auth)::float8 AS median_hours_to_authority,
    (SELECT count(*) FROM o WHERE state = 'not_required')::int AS not_required,
    (SELECT COALESCE(json_object_agg(cause, n), '{}'::json)
       FROM (SELECT cause, count(*)::int AS n FROM b GROUP BY cause) x) AS by_cause,
    (SELECT COALESCE(json_object_agg(category, n), '{}'::json)
       FROM (SELECT c AS category, count(DISTINCT b.id)::int AS n
               FROM b, jsonb_array_elements_text(COALESCE(b.facts->'dataCategories', '[]'::jsonb)) c
              GROUP BY c) x) AS by_category,
    (SELECT COALESCE(json_agg(json_build_object(
              'month', to_char(m, 'YYYY-MM'),
              'breaches', (SELECT count(*) FROM b WHERE ${AMS_MONTH('b.discovered_at')} = to_char(m, 'YYYY-MM')),
              'authorityNotified', (SELECT count(*) FROM auth WHERE ${AMS_MONTH('auth.discovered_at')} = to_char(m, 'YYYY-MM'))
            ) ORDER BY m), '[]'::json)
       FROM generate_series(date_trunc('month', $1::date::timestamp), $2::date::timestamp, interval '1 month') m) AS by_month`;

const AMS = (col: string) => `to_char(${col} AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD HH24:MI')`;
const COUNT_OBLIGATIONS = (where: string) =>
  `(SELECT count(*) FROM obligations o WHERE o.breach_id = b.id AND ${where})::int`;

const CSV_SQL = `
  WITH b AS (${PERIOD_BREACHES})
  SELECT b.reference, ${AMS('b.discovered_at')} AS discovered_at, b.cause,
         COALESCE((SELECT string_agg(c, ', ') FROM jsonb_array_elements_text(COALESCE(b.facts->'dataCategories', '[]'::jsonb)) c), '') AS data_categories,
         COALESCE((SELECT sum(ac.subjects_count) FROM affected_customers ac WHERE ac.breach_id = b.id)::text,
                  b.facts->>'subjectsCount', '') AS subjects_count,
         a.state AS authority_state,
         ${AMS('a.fulfilled_at')} AS authority_fulfilled_at,
         CASE WHEN a.state = 'fulfilled' THEN CASE WHEN a.late THEN 'yes' ELSE 'no' END ELSE '' END AS authority_late,
         CASE WHEN a.state = 'fulfilled'
              THEN round((extract(epoch FROM a.fulfilled_at - b.discovered_at) / 3600)::numeric, 1)::text
              ELSE '' END AS hours_to_authority,
         ${COUNT_OBLIGATIONS(`o.kind = 'customer'`)} AS customer_notices_due,
         ${COUNT_OBLIGATIONS(`o.kind = 'customer' AND o.state = 'fulfilled'`)} AS customer_notices_fulfilled,
         ${COUNT_OBLIGATIONS(`o.kind = 'customer' AND o.state = 'fulfilled' AND NOT o.late`)} AS customer_notices_on_time,
         ${COUNT_OBLIGATIONS(`o.state = 'not_required'`)} AS not_required
    FROM b
    LEFT JOIN obligations a ON a.breach_id = b.id AND a.kind = 'authority'
   ORDER BY b.discovered_at, b.reference`;

const CSV_COLUMNS = [
  'reference',
  'discovered_at',
  'cause',
  'data_categories',
  'subjects_count',
  'authority_state',
  'authority_fulfilled_at',
  'authority_late',
  'hours_to_authority',
  'customer_notices_due',
  'customer_notices_fulfilled',
  'customer_notices_on_time',
  'not_required',
];

interface SummaryRow {
  breaches: number;
  authority_notified: number;
  authority_on_time: number;
  customer_notices: number;
  customer_on_time: number;
  median_hours_to_authority: number | null;
  not_required: number;
  by_cause: Record<string, number>;
  by_category: Record<string, number>;
  by_month: { month: string; breaches: number; authorityNotified: number }[];
}

const rate = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;

/** Management figures over breaches discovered in a period; all counting is done in SQL. */
@Injectable()
export class ReportsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async summary(period: ReportPeriod): Promise<ReportSummaryDto> {
    const [row] = (await this.dataSource.query(SUMMARY_SQL, [period.from, period.to])) as SummaryRow[];
    if (!row) throw new Error('report query returned no row');
    const byCause = Object.fromEntries(BREACH_CAUSES.map((c) => [c, row.by_cause[c] ?? 0])) as Record<
      BreachCause,
      number
    >;
    const byCategory = Object.fromEntries(DATA_CATEGORIES.map((c) => [c, row.by_category[c] ?? 0])) as Record<
      DataCategory,
      number
    >;
    return {
      from: period.from,
      to: period.to,
      breaches: row.breaches,
      byCause,
      byCategory,
      authorityNotified: row.authority_notified,
      authorityOnTimeRate: rate(row.authority_on_time, row.authority_notified),
      customerNotices: row.customer_notices,
      customerOnTimeRate: rate(row.customer_on_time, row.customer_notices),
      medianHoursToAuthority: row.median_hours_to_authority === null ? null : Number(row.median_hours_to_authority),
      notRequired: row.not_required,
      byMonth: row.by_month.map((m) => ({
        month: m.month,
        breaches: Number(m.breaches),
        authorityNotified: Number(m.authorityNotified),
      })),
      repeatCauses: BREACH_CAUSES.filter((c) => byCause[c] >= 2)
        .map((cause) => ({ cause, breaches: byCause[cause] }))
        .sort((a, b) => b.breaches - a.breaches),
    };
  }

  /** One row per breach with the figures behind the summary, streamed from a cursor. */
  async writeCsv(out: Writable, period: ReportPeriod, options: { delimiter: ',' | ';' }): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const rows = await runner.stream(CSV_SQL, [period.from, period.to]);
      const csv = stringify({
        header: true,
        bom: true,
        delimiter: options.delimiter,
        columns: CSV_COLUMNS,
        // Excel runs cells starting with = + - @ as formulas; a quote keeps them text.
        cast: { string: (v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v) },
      });
      await pipeline(rows, csv, out);
    } finally {
      await runner.release();
    }
  }
}
