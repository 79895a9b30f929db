import type { NoticeStatus, NoticeSummary } from './notices-api';

export const NOTICE_PAGE_SIZE = 25;
export const NOTICE_STATUSES: readonly NoticeStatus[] = ['draft', 'queued', 'sent', 'acknowledged', 'failed'];

export interface NoticeFilter {
  status: NoticeStatus | 'all';
  /** Matches customer, recipient name or e-mail address, case-insensitively. */
  query: string;
  page: number;
}

export interface FilteredNotices {
  rows: NoticeSummary[];
  /** Rows matching the filter, over all pages. */
  matching: number;
  pages: number;
  /** The page shown (clamped when the list shrank). */
  page: number;
  counts: Record<NoticeStatus, number>;
}

/**
 * A breach can touch thousands of customers: the table shows one page of the notices that match
 * the status and the search, sorted by customer name, with counts per status for the filter.
 */
export function filterNotices(
  notices: readonly NoticeSummary[],
  filter: NoticeFilter,
  locale: string,
): FilteredNotices {
  const counts = Object.fromEntries(NOTICE_STATUSES.map((s) => [s, 0])) as Record<NoticeStatus, number>;
  for (const n of notices) counts[n.status] += 1;
  const q = filter.query.trim().toLocaleLowerCase(locale);
  const matching = notices
    .filter((n) => filter.status === 'all' || n.status === filter.status)
    .filter(
      (n) =>
        !q ||
        [n.customerName, n.recipient.name, n.recipient.email].some((v) => v.toLocaleLowerCase(locale).includes(q)),
    )
    .sort((a, b) => a.customerName.localeCompare(b.customerName, locale));
  const pages = Math.max(1, Math.ceil(matching.length / NOTICE_PAGE_SIZE));
  const page = Math.min(Math.max(1, filter.page), pages);
  return {
    rows: matching.slice((page - 1) * NOTICE_PAGE_SIZE, page * NOTICE_PAGE_SIZE),
    matching: matching.length,
    pages,
    page,
    counts,
  };
}
