/** A report period: whole days in Europe/Amsterdam, `to` inclusive (as the API reads them). */
export interface ReportPeriod {
  from: string;
  to: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isIsoDate = (s: string | null | undefined): s is string =>
  !!s && DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

/** Today's date in Europe/Amsterdam, YYYY-MM-DD. */
export const amsterdamToday = (now: Date = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);

/** The API's default: the last 12 calendar months, up to and including today. */
export function lastTwelveMonths(now: Date = new Date()): ReportPeriod {
  const to = amsterdamToday(now);
  const [y, m] = to.split('-').map(Number) as [number, number];
  return { from: new Date(Date.UTC(y, m - 12, 1)).toISOString().slice(0, 10), to };
}

/** The current calendar year up to today. */
export function thisYear(now: Date = new Date()): ReportPeriod {
  const to = amsterdamToday(now);
  return { from: `${to.slice(0, 4)}-01-01`, to };
}

/** The previous calendar year. */
export function lastYear(now: Date = new Date()): ReportPeriod {
  const year = Number(amsterdamToday(now).slice(0, 4)) - 1;
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export type PeriodProblem = 'from' | 'to' | 'order' | null;

export function periodProblem(p: { from: string; to: string }): PeriodProblem {
  if (!isIsoDate(p.from)) return 'from';
  if (!isIsoDate(p.to)) return 'to';
  return p.from > p.to ? 'order' : null;
}

/** "2026-03" → "mrt 2026" / "Mar 2026". */
export function formatMonth(month: string, lang: 'nl' | 'en'): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 1)));
}
