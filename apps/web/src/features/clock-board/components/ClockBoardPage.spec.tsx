import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { User } from '../../../api/types';
import { meQueryKey } from '../../../shared/session/auth-api';
import { renderWithProviders, testQueryClient } from '../../../testing/render-with-providers';
import {
  compareOnBoard,
  isDueSoonOnBoard,
  isNotRequiredPending,
  isOverdueOnBoard,
  rankNames,
  whoOnBoard,
} from '@lekwacht/domain';
import {
  type ClockBoardObligation,
  type ClockBoardPage as BoardPageData,
  type ClockBoardParams,
  getClockBoardPage,
} from '../api/obligations-api';
import { ClockBoardPage } from './ClockBoardPage';

jest.mock('../api/obligations-api', () => ({
  ...jest.requireActual('../api/obligations-api'),
  getClockBoardPage: jest.fn(),
}));
let mockPhone = false;
jest.mock('../../../shared/ui/use-is-phone', () => ({ useIsPhone: () => mockPhone }));

const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();
const ob = (o: Partial<ClockBoardObligation>): ClockBoardObligation =>
  ({
    id: o.id ?? 'x',
    breachId: 'b1',
    reference: 'DL-2026-0001',
    title: 'Laptop gestolen',
    kind: 'customer',
    customerId: null,
    customerName: null,
    basis: 'policy',
    dueAt: at(5),
    required: true,
    state: 'open',
    fulfilledAt: null,
    late: false,
    overdue: false,
    termsSource: null,
    termsDeadlineHours: null,
    ...o,
  }) as ClockBoardObligation;

const data = [
  ob({ id: 'ap', kind: 'authority', basis: 'statutory', dueAt: at(-(3 * 24 + 4.5)), overdue: true }),
  ob({
    id: 'c1',
    customerId: 'k1',
    customerName: 'Gemeente Zeist',
    dueAt: at(-(7167 + 0.9)),
    overdue: true,
    termsSource: 'agreement',
    termsDeadlineHours: 24,
  }),
  ob({
    id: 'c2',
    customerId: 'k2',
    customerName: 'Acme B.V.',
    dueAt: at(5.5),
    termsSource: 'default',
    termsDeadlineHours: 48,
  }),
  ob({ id: 'ds', kind: 'data_subjects', basis: 'without_undue_delay', dueAt: null }),
  ob({
    id: 'c3',
    breachId: 'b2',
    reference: 'DL-2026-0002',
    title: 'Phishing',
    customerName: 'Acme B.V.',
    dueAt: at(30),
  }),
];

/**
 * The API as the board sees it (GET /api/obligations/board): the rows filtered and sorted by the
 * domain's board rules, `pageSize` at a time (the cursor is the next row's index).
 */
function fakeBoard(rows: ClockBoardObligation[], pageSize = 100) {
  return async (params: ClockBoardParams, after: string | null): Promise<BoardPageData> => {
    const now = Date.now();
    const lang = params.lang ?? 'nl';
    const ranks = rankNames(rows.map((o) => whoOnBoard(o, lang)));
    const matching = rows
      .filter(
        (o) =>
          (params.kind === undefined || o.kind === params.kind) &&
          (params.overdue === undefined || isOverdueOnBoard(o, now) === params.overdue) &&
          (params.customer === undefined || o.customerName === params.customer) &&
          (params.notRequiredPending === undefined || isNotRequiredPending(o) === params.notRequiredPending),
      )
      .sort(
        compareOnBoard(params.sort ?? 'due', params.direction ?? 'asc', (o) => ranks.get(whoOnBoard(o, lang)) ?? 0),
      );
    const start = after ? Number(after) : 0;
    const items = matching.slice(start, start + pageSize);
    const breaches = [...new Set(items.map((o) => o.breachId))];
    const count = (rule: (o: ClockBoardObligation) => boolean) => rows.filter(rule).length;
    return {
      items,
      nextCursor: start + pageSize < matching.length ? String(start + pageSize) : null,
      total: matching.length,
      totalExact: true,
      groups: breaches.map((breachId) => {
        const mine = matching.filter((o) => o.breachId === breachId);
        return { breachId, count: mine.length, overdue: mine.filter((o) => isOverdueOnBoard(o, now)).length };
      }),
      summary: {
        asOf: new Date(now).toISOString(),
        open: rows.length,
        overdue: count((o) => isOverdueOnBoard(o, now)),
        dueWithin24h: count((o) => isDueSoonOnBoard(o, now)),
        notRequiredPending: count(isNotRequiredPending),
        proposalPending: 0,
        byKind: {
          authority: count((o) => o.kind === 'authority'),
          customer: count((o) => o.kind === 'customer'),
          data_subjects: count((o) => o.kind === 'data_subjects'),
        },
        customers: [...new Set(rows.map((o) => o.customerName).filter((n): n is string => !!n))]
          .sort((a, b) => a.localeCompare(b, 'nl'))
          .map((name) => ({ name, open: count((o) => o.customerName === name) })),
      },
    };
  };
}

function renderBoard() {
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, { id: 'o', role: 'officer', language: 'nl', name: 'Olga' } as User);
  return renderWithProviders(<ClockBoardPage />, { queryClient });
}

describe('ClockBoardPage', () => {
  beforeEach(() => {
    mockPhone = false;
    jest.mocked(getClockBoardPage).mockImplementation(fakeBoard(data));
  });

  it('groups duties by breach, names the customer, AP or data subjects, and says how late in days and hours', async () => {
    renderBoard();
    const table = await screen.findByRole('table', { name: 'Openstaande meldtermijnen' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => r.textContent ?? '');
    // heading row, then the breach with the longest-overdue duty first
    expect(rows[1]).toMatch(/^DL-2026-0001 Laptop gestolen 4 termijnen ?2 te laat/);
    expect(rows[2]).toMatch(/^Gemeente ZeistBericht klant.*298 d 15 u te laat$/);
    expect(rows[3]).toMatch(/^APMelding AP.*3 d 4 u te laat$/);
    expect(rows[4]).toMatch(/^Acme B\.V\.Bericht klant.*nog 5 u (29|30) min$/);
    expect(rows[5]).toMatch(/^BetrokkenenBetrokkenen informeren/);
    expect(rows[6]).toMatch(/^DL-2026-0002 Phishing/);
    expect(rows.join('\n')).not.toMatch(/7167 u/);
    expect(screen.getByRole('status').textContent).toBe(
      '5 van 5 termijnen · 2 te laat · 1 binnen 24 uur · 0 ‘niet vereist’ ter beslissing',
    );
    // the first page asked for: every open duty by deadline
    expect(getClockBoardPage).toHaveBeenCalledWith({ sort: 'due', direction: 'asc' }, null);
  });

  it('labels each duty with what it rests on: the statutory AP duty beside the contractual customer duty', async () => {
    renderBoard();
    const table = await screen.findByRole('table', { name: 'Openstaande meldtermijnen' });
    expect(within(table).getByRole('columnheader', { name: 'Grondslag' })).toBeTruthy();
    const basisOf = (who: string) => {
      const row = within(table)
        .getAllByRole('row')
        .find((r) => within(r).queryAllByRole('cell')[0]?.textContent === who);
      return row ? within(row).getAllByRole('cell')[2]?.textContent : undefined;
    };
    expect(basisOf('AP')).toBe('Wettelijk · AVG art. 33');
    expect(basisOf('Gemeente Zeist')).toBe('Contractueel · verwerkersovereenkomst');
    // no agreement: the privacy statement's default, said as our own commitment
    expect(basisOf('Acme B.V.')).toBe('Afspraak · 48 uur');
    expect(basisOf('Betrokkenen')).toBe('Wettelijk · AVG art. 34');
  });

  it('a customer duty the API says nothing about (no snapshot) reads as the 48-hour default', async () => {
    jest
      .mocked(getClockBoardPage)
      .mockImplementation(
        fakeBoard([ob({ id: 'old', customerId: 'k9', customerName: 'Oude Klant', termsSource: null })]),
      );
    renderBoard();
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Afspraak · 48 uur')).toBeTruthy();
  });

  it('filters on overdue and on kind, and shows a flat list sortable by customer: all asked of the server', async () => {
    renderBoard();
    await screen.findByRole('table');
    fireEvent.click(screen.getByLabelText('Alleen te laat'));
    await screen.findByText(/^2 van 5 termijnen/);
    expect(getClockBoardPage).toHaveBeenLastCalledWith({ overdue: true, sort: 'due', direction: 'asc' }, null);
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(1 + 1 + 2));
    fireEvent.click(screen.getByLabelText('Alleen te laat'));
    fireEvent.click(screen.getByText('Lijst'));
    fireEvent.click(screen.getByRole('button', { name: 'Sorteer op Aan' }));
    expect(getClockBoardPage).toHaveBeenLastCalledWith({ sort: 'who', direction: 'asc', lang: 'nl' }, null);
    const table = screen.getByRole('table');
    await waitFor(() =>
      expect(
        within(table)
          .getAllByRole('row')
          .slice(1)
          .map((r) => within(r).getAllByRole('cell')[1]?.textContent),
      ).toEqual(['Acme B.V.', 'Acme B.V.', 'AP', 'Betrokkenen', 'Gemeente Zeist']),
    );
    expect(within(table).getByRole('columnheader', { name: /Aan/ }).getAttribute('aria-sort')).toBe('ascending');
  });

  it('shows a page at a time and loads more on request, counting the duties of a breach not loaded yet', async () => {
    jest.mocked(getClockBoardPage).mockImplementation(fakeBoard(data, 2));
    renderBoard();
    const table = await screen.findByRole('table');
    // Gemeente Zeist and the AP of DL-2026-0001 are loaded; its heading counts all 4 of its duties
    expect(within(table).getAllByRole('row')[1]?.textContent).toMatch(
      /^DL-2026-0001 Laptop gestolen 4 termijnen ?2 te laat/,
    );
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 1 + 2);
    expect(screen.getByText('2 van 5 getoond')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));
    await screen.findByText('4 van 5 getoond');
    expect(getClockBoardPage).toHaveBeenLastCalledWith({ sort: 'due', direction: 'asc' }, '2');
    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(1 + 2 + 5));
    expect(screen.queryByRole('button', { name: 'Meer laden' })).toBeNull();
    expect(screen.queryByText(/getoond/)).toBeNull();
  });

  it('says so when no duty is open at all', async () => {
    jest.mocked(getClockBoardPage).mockImplementation(fakeBoard([]));
    renderBoard();
    expect(await screen.findByText('Geen openstaande termijnen')).toBeTruthy();
  });

  it('on a phone: stacked rows under each breach, with whom and how late', async () => {
    mockPhone = true;
    renderBoard();
    const list = await screen.findByRole('list', { name: 'Openstaande meldtermijnen' });
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(items[0]).toMatch(/^DL-2026-0001Laptop gestolen2 te laat/);
    expect(items[1]).toMatch(
      /^Gemeente ZeistBericht klant · .*Contractueel · verwerkersovereenkomst.*298 d 15 u te laat$/,
    );
    expect(screen.queryByRole('table')).toBeNull();
  });
});
