import { BREACH_CAUSES, type BreachCause } from '@lekwacht/contracts';
import {
  DATA_CATEGORIES,
  type DataCategory,
  NO_TIMELINESS,
  type ObligationState,
  onTimeRate,
  tallyTimeliness,
  type TimelinessCounts,
} from '@lekwacht/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DataSource } from 'typeorm';
import type { ReportPeriod } from './report-period';
import type { ReportSummaryDto } from './report-summary.dto';
import { lateSql } from './timeliness-sql';

const AMS_MONTH = (col: string) => `to_char(${col} AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM')`;

const PERIOD_START = `(($1::date)::timestamp AT TIME ZONE 'Europe/Amsterdam')`;
const PERIOD_END = `((($2::date + 1))::timestamp AT TIME ZONE 'Europe/Amsterdam')`;

/** Breaches discovered in [from 00:00, to + 1 day 00:00) Europe/Amsterdam; $1 = from, $2 = to. */
const PERIOD_BREACHES = `
  SELECT br.* FROM breaches br
   WHERE br.discovered_at >= ${PERIOD_START}
     AND br.discovered_at < ${PERIOD_END}`;

/**
 * AP and customer deadlines due in the period, whatever breach they belong to, grouped by what
 * decides their timeliness ($3 = now): the rate itself is the domain's (onTimeRate), fed one
 * representative per group, so the SQL only counts and never judges.
 */
const DUE_GROUPS = `
  SELECT ob.kind, ob.state, ob.required, ob.late, (ob.due_at >= $3) AS ahead,
         ${AMS_MONTH('ob.due_at')} AS month, count(*)::int AS n
    FROM obligations ob
   WHERE ob.kind IN ('authority', 'customer') AND ob.due_at >= ${PERIOD_START} AND ob.due_at < ${PERIOD_END}
   GROUP BY 1, 2, 3, 4, 5, 6`;

const SUMMARY_SQL = `
  WITH b AS (${PERIOD_BREACHES}),
  o AS (SELECT ob.kind, ob.state, ob.late, ob.fulfilled_at, b.discovered_at
          FROM obligations ob JOIN b ON b.id = ob.breach_id),
  auth AS (SELECT * FROM o WHERE kind = 'authority' AND state = 'fulfilled'),
  cust AS (SELECT * FROM o WHERE kind = 'customer' AND state = 'fulfilled')
  SELECT
    (SELECT count(*) FROM b)::int AS breaches,
    (SELECT count(*) FROM auth)::int AS authority_notified,
    (SELECT count(*) FROM cust)::int AS customer_notices,
    (SELECT COALESCE(json_agg(d), '[]'::json) FROM (${DUE_GROUPS}) d) AS due_groups,
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
         CASE WHEN ${lateSql('a', '$3')} THEN 'yes' WHEN a.state = 'fulfilled' THEN 'no' ELSE '' END AS authority_late,
         CASE WHEN a.state = 'fulfilled'
              THEN round((extract(epoch FROM a.fulfilled_at - b.discovered_at) / 3600)::numeric, 1)::text
              ELSE '' END AS hours_to_authority,
         ${COUNT_OBLIGATIONS(`o.kind = 'customer'`)} AS customer_notices_due,
         ${COUNT_OBLIGATIONS(`o.kind = 'customer' AND o.state = 'fulfilled'`)} AS customer_notices_fulfilled,
         ${COUNT_OBLIGATIONS(`o.kind = 'customer' AND o.state = 'fulfilled' AND NOT o.late`)} AS customer_notices_on_time,
         ${COUNT_OBLIGATIONS(`o.kind = 'customer' AND ${lateSql('o', '$3')}`)} AS customer_notices_late,
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
  'customer_notices_late',
  'not_required',
];

interface SummaryRow {
  breaches: number;
  authority_notified: number;
  customer_notices: number;
  due_groups: DueGroup[];
  median_hours_to_authority: number | null;
  not_required: number;
  by_cause: Record<string, number>;
  by_category: Record<string, number>;
  by_month: { month: string; breaches: number; authorityNotified: number }[];
}

interface DueGroup {
  kind: 'authority' | 'customer';
  state: ObligationState;
  required: boolean | null;
  late: boolean;
  /** Deadline not yet passed at `now`. */
  ahead: boolean;
  month: string;
  n: number;
}

/** The groups' timeliness through the domain rule: a representative due just before or at `now`. */
const timelinessOfGroups = (groups: DueGroup[], now: Date): TimelinessCounts =>
  groups.reduce(
    (counts, g) =>
      tallyTimeliness(
        counts,
        { state: g.state, required: g.required, late: g.late, dueAt: g.ahead ? now : new Date(now.getTime() - 1) },
        now,
        g.n,
      ),
    NO_TIMELINESS,
  );

const monthTimeliness = (c: TimelinessCounts) => ({
  authorityOnTime: c.onTime,
  authorityLate: c.lateFulfilled + c.openOverdue,
});

/** Management figures over breaches discovered in a period; all counting is done in SQL. */
@Injectable()
export class ReportsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async summary(period: ReportPeriod, now = new Date()): Promise<ReportSummaryDto> {
    const [row] = (await this.dataSource.query(SUMMARY_SQL, [period.from, period.to, now])) as SummaryRow[];
    if (!row) throw new Error('report query returned no row');
    const byCause = Object.fromEntries(BREACH_CAUSES.map((c) => [c, row.by_cause[c] ?? 0])) as Record<
      BreachCause,
      number
    >;
    const byCategory = Object.fromEntries(DATA_CATEGORIES.map((c) => [c, row.by_category[c] ?? 0])) as Record<
      DataCategory,
      number
    >;
    const authorityGroups = row.due_groups.filter((g) => g.kind === 'authority');
    const authority = timelinessOfGroups(authorityGroups, now);
    const customer = timelinessOfGroups(
      row.due_groups.filter((g) => g.kind === 'customer'),
      now,
    );
    return {
      from: period.from,
      to: period.to,
      breaches: row.breaches,
      byCause,
      byCategory,
      authorityNotified: row.authority_notified,
      authorityOnTimeRate: onTimeRate(authority),
      authorityDeadlines: authority,
      customerNotices: row.customer_notices,
      customerOnTimeRate: onTimeRate(customer),
      customerDeadlines: customer,
      medianHoursToAuthority: row.median_hours_to_authority === null ? null : Number(row.median_hours_to_authority),
      notRequired: row.not_required,
      byMonth: row.by_month.map((m) => ({
        month: m.month,
        breaches: Number(m.breaches),
        authorityNotified: Number(m.authorityNotified),
        ...monthTimeliness(
          timelinessOfGroups(
            authorityGroups.filter((g) => g.month === m.month),
            now,
          ),
        ),
      })),
      repeatCauses: BREACH_CAUSES.filter((c) => byCause[c] >= 2)
        .map((cause) => ({ cause, breaches: byCause[cause] }))
        .sort((a, b) => b.breaches - a.breaches),
    };
  }

  /**
   * One row per breach discovered in the period with the figures behind the summary, streamed
   * from a cursor; an open deadline that has passed is late here too.
   */
  async writeCsv(
    out: Writable,
    period: ReportPeriod,
    options: { delimiter: ',' | ';' },
    now = new Date(),
  ): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const rows = await runner.stream(CSV_SQL, [period.from, period.to, now]);
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
