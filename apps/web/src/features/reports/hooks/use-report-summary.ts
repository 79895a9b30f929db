import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchReportSummary, reportSummaryQueryKey } from '../api/reports-api';
import type { ReportPeriod } from '../period';

/** The summary of a valid period; nothing is fetched while the period is invalid. */
export function useReportSummary(period: ReportPeriod, enabled: boolean) {
  return useQuery({
    queryKey: reportSummaryQueryKey(period),
    queryFn: () => fetchReportSummary(period),
    enabled,
    placeholderData: keepPreviousData,
  });
}
