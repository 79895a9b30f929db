import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { User } from '../../../api/types';
import { renderWithProviders, testQueryClient } from '../../../testing/render-with-providers';
import { meQueryKey } from '../../../shared/session/auth-api';
import type { BreachList, BreachSummary } from '../../../shared/breaches/breach-types';
import { listBreaches } from '../../../shared/breaches/breaches-api';
import i18n from '../../../i18n/i18n';
import { RoutePreloadProvider } from '../../../shared/navigation/route-preload';
import { BreachesPage } from './BreachesPage';

jest.mock('../../../shared/breaches/breaches-api', () => ({
  ...jest.requireActual('../../../shared/breaches/breaches-api'),
  listBreaches: jest.fn(),
}));
// a page of 20 breaches in a table and as cards, several times over: slow under jsdom on a busy CI
jest.setTimeout(20_000);

const olga = { id: 'u-olga', role: 'officer', name: 'Olga Officier', language: 'nl', active: true } as User;
const summary = (id: string, owner: BreachSummary['owner']): BreachSummary =>
  ({
    id,
    reference: `DL-2026-000${id}`,
    title: `Datalek ${id}`,
    cause: 'other',
    status: 'open',
    discoveredAt: '2026-11-20T09:30:00Z',
    createdAt: '2026-11-20T09:30:00Z',
    owner,
    obligations: [],
  }) as unknown as BreachSummary;

function renderAs(user: User, route = '/breaches') {
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, user);
  return renderWithProviders(<BreachesPage />, { queryClient, route });
}

describe('BreachesPage: owner (issue #18)', () => {
  beforeEach(() => {
    jest.mocked(listBreaches).mockReset();
    jest.mocked(listBreaches).mockResolvedValue({
      items: [
        summary('1', { id: 'u-olga', name: 'Olga Officier' }),
        summary('2', { id: 'u-kim', name: 'Kim de Wit' }),
        summary('3', null),
      ],
      total: 3,
      totalExact: true,
      nextCursor: null,
    });
  });

  it('shows each breach’s owner in its own column, "you" marked, and "none" for a breach without one', async () => {
    renderAs(olga);
    const table = await screen.findByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    // the e2e and accessibility tests find the register by these headers
    expect(headers).toEqual(['Kenmerk', 'Titel', 'Eigenaar', 'Oorzaak', 'Ontdekt', 'Termijnen']);
    const ownerOf = (reference: string) =>
      within(within(table).getByRole('row', { name: new RegExp(reference) })).getAllByRole('cell')[2]?.textContent;
    expect(ownerOf('DL-2026-0001')).toBe('Olga Officier (jij)');
    expect(ownerOf('DL-2026-0002')).toBe('Kim de Wit');
    expect(ownerOf('DL-2026-0003')).toBe('Geen');
  });

  it('lets an officer narrow the register to their own breaches and back', async () => {
    const all = await listBreaches({ q: '', status: 'all', pageSize: 20 });
    const mine = { ...all, items: all.items.slice(0, 1), total: 1 };
    jest.mocked(listBreaches).mockReset();
    jest.mocked(listBreaches).mockImplementation(async ({ owner }) => (owner === 'me' ? mine : all));
    renderAs(olga);
    await screen.findByRole('table');
    expect(jest.mocked(listBreaches).mock.calls.at(-1)?.[0]).toMatchObject({ owner: 'all' });
    fireEvent.click(screen.getByRole('radio', { name: 'Mijn datalekken' }));
    await waitFor(() => expect(jest.mocked(listBreaches).mock.calls.at(-1)?.[0]).toMatchObject({ owner: 'me' }));
    await waitFor(() => expect(screen.queryByRole('row', { name: /DL-2026-0002/ })).toBeNull());
    // "Alle" twice on the page (status and owner): the owner's is the one in its labelled group
    const ownerGroup = screen.getByText('Eigenaar', { selector: '#breach-owner-label' });
    expect(ownerGroup).toBeTruthy();
    const owners = screen
      .getAllByRole('radio', { name: 'Alle' })
      .filter((r) => r.closest('[aria-labelledby="breach-owner-label"]'));
    expect(owners).toHaveLength(1);
    fireEvent.click(owners[0]!);
    // everyone's breaches again (from the cache: fetched a moment ago)
    expect(await screen.findByRole('row', { name: /DL-2026-0002/ })).toBeTruthy();
  });

  it('opens on "my breaches" from a link (?owner=me) and says when there are none', async () => {
    jest.mocked(listBreaches).mockResolvedValue({ items: [], total: 0, totalExact: true, nextCursor: null });
    renderAs(olga, '/breaches?owner=me');
    expect(await screen.findByText('Je bent van geen enkel datalek eigenaar')).toBeTruthy();
    expect(jest.mocked(listBreaches).mock.calls.at(-1)?.[0]).toMatchObject({ owner: 'me' });
  });

  it('has no "my breaches" filter for a manager, who owns none', async () => {
    renderAs({ ...olga, id: 'u-m', role: 'manager' }, '/breaches?owner=me');
    await screen.findByRole('table');
    expect(screen.queryByRole('radio', { name: 'Mijn datalekken' })).toBeNull();
    expect(jest.mocked(listBreaches).mock.calls.at(-1)?.[0]).toMatchObject({ owner: 'all' });
  });
});

describe('BreachesPage: keyset pages (issue #19)', () => {
  /** 1,234 breaches, 20 a page; the cursor of page n (1-based) is `c<n>`. */
  const pageAfter = (after: string | undefined): BreachList => {
    const index = after ? Number(after.slice(1)) : 0;
    return {
      items: Array.from({ length: 20 }, (_, i) => summary(String(index * 20 + i + 1).padStart(3, '0'), null)),
      total: 1000,
      totalExact: false,
      nextCursor: `c${index + 1}`,
    };
  };
  const lastAfter = () => jest.mocked(listBreaches).mock.calls.at(-1)?.[0].after;

  beforeEach(() => {
    jest.mocked(listBreaches).mockReset();
    jest.mocked(listBreaches).mockImplementation(async ({ after }) => pageAfter(after));
  });

  it('says which rows are shown and that more than 1,000 match, then pages on with the cursor and back', async () => {
    renderAs(olga);
    expect(await screen.findByText('1–20 van 1.000+')).toBeTruthy();
    expect(lastAfter()).toBeUndefined();
    expect((screen.getByRole('button', { name: 'Vorige' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(await screen.findByText('21–40 van 1.000+')).toBeTruthy();
    expect(lastAfter()).toBe('c1');
    expect(screen.getAllByRole('link', { name: 'DL-2026-000021' }).length).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(await screen.findByText('41–60 van 1.000+')).toBeTruthy();
    expect(lastAfter()).toBe('c2');

    fireEvent.click(screen.getByRole('button', { name: 'Vorige' }));
    expect(await screen.findByText('21–40 van 1.000+')).toBeTruthy();
    // that page again, from the cache
    expect(jest.mocked(listBreaches).mock.calls.map(([params]) => params.after)).toEqual([undefined, 'c1', 'c2']);
  });

  it('opens the page a link or reload names (the cursors of the pages before it in the URL)', async () => {
    renderAs(olga, '/breaches?status=open&after=c1&after=c2');
    expect(await screen.findByText('41–60 van 1.000+')).toBeTruthy();
    expect(jest.mocked(listBreaches).mock.calls.at(-1)?.[0]).toMatchObject({ status: 'open', after: 'c2' });
  });

  it('keeps the page on screen while the next one loads, marked busy', async () => {
    let release: (list: BreachList) => void = () => undefined;
    renderAs(olga);
    await screen.findByText('1–20 van 1.000+');
    jest.mocked(listBreaches).mockImplementation(() => new Promise((resolve) => (release = resolve)));
    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    await waitFor(() => expect(lastAfter()).toBe('c1'));
    expect(screen.getByText('1–20 van 1.000+').closest('[aria-busy]')?.getAttribute('aria-busy')).toBe('true');
    expect(screen.getAllByRole('link', { name: 'DL-2026-000001' }).length).toBeGreaterThan(0);
    // no second click on a page that is still on its way
    expect((screen.getByRole('button', { name: 'Volgende' }) as HTMLButtonElement).disabled).toBe(true);
    release(pageAfter('c1'));
    expect(await screen.findByText('21–40 van 1.000+')).toBeTruthy();
    expect(screen.getByText('21–40 van 1.000+').closest('[aria-busy]')?.getAttribute('aria-busy')).toBe('false');
  });

  it('goes back to the first page when a filter changes', async () => {
    renderAs(olga, '/breaches?after=c1&after=c2');
    await screen.findByText('41–60 van 1.000+');
    fireEvent.click(screen.getByRole('radio', { name: 'Gesloten' }));
    await waitFor(() => expect(jest.mocked(listBreaches).mock.calls.at(-1)?.[0]).toMatchObject({ status: 'closed' }));
    expect(jest.mocked(listBreaches).mock.calls.at(-1)?.[0].after).toBeUndefined();
    expect(await screen.findByText('1–20 van 1.000+')).toBeTruthy();
  });

  it('just counts the breaches when they fit on one page, without paging controls', async () => {
    jest.mocked(listBreaches).mockResolvedValue({
      items: [summary('1', null), summary('2', null)],
      total: 2,
      totalExact: true,
      nextCursor: null,
    });
    renderAs(olga);
    expect(await screen.findByText('2 datalekken')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Volgende' })).toBeNull();
  });

  it('shows the English range with English number formatting', async () => {
    await i18n.changeLanguage('en');
    try {
      const { unmount } = renderAs({ ...olga, language: 'en' });
      expect(await screen.findByText('1–20 of 1,000+')).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Next' })).toBeTruthy();
      unmount();
    } finally {
      await i18n.changeLanguage('nl');
    }
  });
});

describe('BreachesPage: a breach starts loading before the click (issue #19)', () => {
  beforeEach(() => {
    jest.mocked(listBreaches).mockReset();
    jest.mocked(listBreaches).mockResolvedValue({
      items: [summary('1', null), summary('2', null)],
      total: 2,
      totalExact: true,
      nextCursor: null,
    });
  });

  it('preloads a breach when the pointer rests on its row or its link gets focus, not on a pass-over', async () => {
    const preload = jest.fn();
    const queryClient = testQueryClient();
    queryClient.setQueryData(meQueryKey, olga);
    renderWithProviders(
      <RoutePreloadProvider value={preload}>
        <BreachesPage />
      </RoutePreloadProvider>,
      { queryClient, route: '/breaches' },
    );
    const row = await screen.findByRole('row', { name: /DL-2026-0001/ });
    fireEvent.pointerEnter(row);
    fireEvent.pointerLeave(row);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(preload).not.toHaveBeenCalled();

    fireEvent.pointerEnter(row);
    await waitFor(() => expect(preload).toHaveBeenCalledWith('/breaches/1'));

    fireEvent.focus(screen.getByRole('link', { name: 'DL-2026-0002' }));
    expect(preload).toHaveBeenLastCalledWith('/breaches/2');
  });
});
