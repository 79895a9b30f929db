import { InvalidInputError } from '../errors/domain-errors';

export interface ReportPeriod {
  /** First day, YYYY-MM-DD, Europe/Amsterdam. */
  from: string;
  /** Last day (inclusive), YYYY-MM-DD, Europe/Amsterdam. */
  to: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isCalendarDate = (s: string): boolean => {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
};

/** Today's date in Europe/Amsterdam. */
const amsterdamToday = (now: Date): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);

/** The first day of the month eleven months before `date`: twelve calendar months up to it. */
const twelveMonthsBefore = (date: string): string => {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1 - 11, 1));
  return first.toISOString().slice(0, 10);
};

/**
 * Validates ?from=&to= (dates in Europe/Amsterdam, `to` inclusive). Without them: the last
 * 12 calendar months, i.e. from the first of the month eleven months ago up to and including today. Errors name the offending field.
 */
export function parseReportPeriod(from: string | undefined, to: string | undefined, now = new Date()): ReportPeriod {
  const errors: string[] = [];
  if (from !== undefined && !isCalendarDate(from)) errors.push('from must be a date in the form YYYY-MM-DD');
  if (to !== undefined && !isCalendarDate(to)) errors.push('to must be a date in the form YYYY-MM-DD');
  if (errors.length > 0) throw new InvalidInputError(errors);
  const end = to ?? amsterdamToday(now);
  const start = from ?? twelveMonthsBefore(end);
  if (start > end) throw new InvalidInputError(['from must not be after to']);
  return { from: start, to: end };
}
