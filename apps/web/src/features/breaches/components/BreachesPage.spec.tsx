import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { User } from '../../../api/types';
import { renderWithProviders, testQueryClient } from '../../../testing/render-with-providers';
import { meQueryKey } from '../../auth/api/auth-api';
import type { BreachSummary } from '../api/breach-types';
import { listBreaches } from '../api/breaches-api';
import { BreachesPage } from './BreachesPage';

jest.mock('../api/breaches-api', () => ({ ...jest.requireActual('../api/breaches-api'), listBreaches: jest.fn() }));

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
    renderAs(olga);
    await screen.findByRole('table');
    expect(jest.mocked(listBreaches).mock.calls.at(-1)?.[0]).toMatchObject({ owner: 'all' });
    fireEvent.click(screen.getByRole('radio', { name: 'Mijn datalekken' }));
    await waitFor(() => expect(jest.mocked(listBreaches).mock.calls.at(-1)?.[0]).toMatchObject({ owner: 'me' }));
    // "Alle" twice on the page (status and owner): the owner's is the one in its labelled group
    const ownerGroup = screen.getByText('Eigenaar', { selector: '#breach-owner-label' });
    expect(ownerGroup).toBeTruthy();
    const owners = screen
      .getAllByRole('radio', { name: 'Alle' })
      .filter((r) => r.closest('[aria-labelledby="breach-owner-label"]'));
    expect(owners).toHaveLength(1);
    fireEvent.click(owners[0]!);
    await waitFor(() => expect(jest.mocked(listBreaches).mock.calls.at(-1)?.[0]).toMatchObject({ owner: 'all' }));
  });

  it('opens on "my breaches" from a link (?owner=me) and says when there are none', async () => {
    jest.mocked(listBreaches).mockResolvedValue({ items: [], total: 0 });
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
