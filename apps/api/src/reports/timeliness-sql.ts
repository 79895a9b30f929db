/**
 * The SQL twin of the domain's `timelinessOf` (libs/domain/src/reports/timeliness.ts), for the
 * CSVs that stream straight from the database: an obligation is late when it was fulfilled late
 * or is still open past its deadline, unless the latest assessment says it is not required
 * (then it is a decision to confirm, not an overdue notification). `now` is an SQL expression
 * (a parameter, or now() where COPY allows none). reports.int-spec.ts checks both agree.
 */
export const lateSql = (o: string, now: string): string =>
  `((${o}.state = 'fulfilled' AND ${o}.late) OR (${o}.state = 'open' AND ${o}.required IS DISTINCT FROM false AND ${o}.due_at IS NOT NULL AND ${o}.due_at < ${now}))`;
