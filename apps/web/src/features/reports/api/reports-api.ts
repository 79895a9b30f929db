import { api, dataOf } from '../../../api/client';
import type { components } from '../../../api/schema.generated';
import type { ReportPeriod } from '../period';

export type ReportSummary = components['schemas']['ReportSummaryDto'];
export type CalendarUrl = components['schemas']['CalendarUrlDto'];

export const reportSummaryQueryKey = (p: ReportPeriod) => ['reports', 'summary', p.from, p.to] as const;
export const calendarUrlQueryKey = ['auth', 'calendar-url'] as const;

export async function fetchReportSummary(p: ReportPeriod): Promise<ReportSummary> {
  return dataOf(await api.GET('/api/reports/summary', { params: { query: { from: p.from, to: p.to } } }));
}

/** Download link; semicolons open correctly in Dutch Excel. */
export function reportCsvHref(p: ReportPeriod, delimiter: 'comma' | 'semicolon'): string {
  const q = new URLSearchParams({ from: p.from, to: p.to, delimiter });
  return `/api/reports/summary.csv?${q.toString()}`;
}

export async function fetchCalendarUrl(): Promise<CalendarUrl> {
  return dataOf(await api.GET('/api/auth/calendar-url'));
}

export async function rotateCalendarUrl(): Promise<CalendarUrl> {
  return dataOf(await api.POST('/api/auth/calendar-url/rotate'));
}
