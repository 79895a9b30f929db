import { filterNotices, NOTICE_PAGE_SIZE } from './notice-filter';
import type { NoticeStatus, NoticeSummary } from './notices-api';

const notice = (i: number, status: NoticeStatus): NoticeSummary =>
  ({
    id: `n${i}`,
    customerName: `Klant ${String(i).padStart(4, '0')}`,
    recipient: {
      name: `Contact ${i}`,
      email: `c${i}@klant.example`,
      kind: 'contact_person',
    },
    status,
  }) as NoticeSummary;

const many = Array.from({ length: 60 }, (_, i) => notice(59 - i, i % 3 === 0 ? 'sent' : 'queued'));

describe('filterNotices', () => {
  it('pages the list sorted by customer and counts every status', () => {
    const first = filterNotices(many, { status: 'all', query: '', page: 1 }, 'nl');
    expect(first.rows).toHaveLength(NOTICE_PAGE_SIZE);
    expect(first.rows[0]?.customerName).toBe('Klant 0000');
    expect(first.pages).toBe(3);
    expect(first.counts).toEqual({
      draft: 0,
      queued: 40,
      sent: 20,
      acknowledged: 0,
      failed: 0,
    });
    expect(filterNotices(many, { status: 'all', query: '', page: 3 }, 'nl').rows).toHaveLength(10);
  });

  it('filters by status and by customer, name or e-mail; clamps the page when fewer remain', () => {
    const sent = filterNotices(many, { status: 'sent', query: '', page: 3 }, 'nl');
    expect(sent.matching).toBe(20);
    expect(sent.page).toBe(1);
    expect(sent.rows.every((n) => n.status === 'sent')).toBe(true);
    expect(filterNotices(many, { status: 'all', query: 'C7@KLANT', page: 1 }, 'nl').rows.map((n) => n.id)).toEqual([
      'n7',
    ]);
    expect(filterNotices(many, { status: 'all', query: 'klant 0012', page: 1 }, 'nl').matching).toBe(1);
    expect(filterNotices([], { status: 'all', query: '', page: 1 }, 'nl')).toMatchObject({
      rows: [],
      pages: 1,
      page: 1,
      matching: 0,
    });
  });
});
