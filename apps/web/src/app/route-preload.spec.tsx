import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import type { User } from '../api/types';
import { meQueryKey } from '../shared/session/auth-api';
import { breachQueryKey, getBreach, listBreaches } from '../shared/breaches/breaches-api';
import { getCustomerClocks } from '../features/customers/api/notification-terms-api';
import { listTasks } from '../features/tasks/api/tasks-api';
import type { PreloadRoute } from '../shared/navigation/route-preload';
import { testQueryClient } from '../testing/render-with-providers';
import { BreachDetailPage } from './pages';
import { useRoutePreloader } from './route-preload';

const mockOrder: string[] = [];
jest.mock('../shared/breaches/breaches-api', () => ({
  ...jest.requireActual('../shared/breaches/breaches-api'),
  getBreach: jest.fn(),
  listBreaches: jest.fn(),
}));
jest.mock('../features/tasks/api/tasks-api', () => ({
  ...jest.requireActual('../features/tasks/api/tasks-api'),
  listTasks: jest.fn(),
}));
jest.mock('../features/customers/api/notification-terms-api', () => ({
  ...jest.requireActual('../features/customers/api/notification-terms-api'),
  getCustomerClocks: jest.fn(),
}));
// the page's code: it asks for nothing itself, so any request seen was started by the route
jest.mock('./breach-page/BreachDetailPage', () => ({
  BreachDetailPage: () => {
    mockOrder.push('page code ran');
    return require('react').createElement('p', null, 'the breach page');
  },
}));

const officer = { id: 'u1', role: 'officer', name: 'Olga', language: 'nl', active: true } as User;

beforeEach(() => {
  mockOrder.length = 0;
  jest
    .mocked(getBreach)
    .mockReset()
    .mockImplementation(async (id) => {
      mockOrder.push(`breach ${id} asked`);
      return { id } as never;
    });
  jest.mocked(listBreaches).mockReset().mockResolvedValue({ items: [], total: 0, totalExact: true, nextCursor: null });
  jest.mocked(listTasks).mockReset().mockResolvedValue([]);
  jest
    .mocked(getCustomerClocks)
    .mockReset()
    .mockResolvedValue({} as never);
});

function preloaderFor() {
  const client = testQueryClient();
  client.setQueryData(meQueryKey, officer);
  let preload: PreloadRoute = () => undefined;
  function Probe() {
    preload = useRoutePreloader();
    return null;
  }
  render(
    <QueryClientProvider client={client}>
      <Probe />
    </QueryClientProvider>,
  );
  return { client, preload: (to: string) => act(() => preload(to)) };
}

describe('preloading a route (issue #19)', () => {
  it('asks a breach page’s data under the keys the page reads, once', async () => {
    const { client, preload } = preloaderFor();
    preload('/breaches/b1');
    preload('/breaches/b1/tasks');
    await waitFor(() => expect(client.getQueryData(breachQueryKey('b1'))).toEqual({ id: 'b1' }));
    expect(getBreach).toHaveBeenCalledTimes(1);
    expect(listTasks).toHaveBeenCalledWith('b1');
    expect(getCustomerClocks).toHaveBeenCalledWith('b1');
  });

  it('asks the register’s page the link names, with the filters the page reads from it', async () => {
    const { preload } = preloaderFor();
    preload('/breaches?status=open&owner=me&after=c1&after=c2');
    await waitFor(() => expect(listBreaches).toHaveBeenCalled());
    expect(jest.mocked(listBreaches).mock.calls[0]?.[0]).toEqual({
      q: '',
      status: 'open',
      owner: 'me',
      pageSize: 20,
      after: 'c2',
    });
  });

  it('leaves pages it does not know alone', () => {
    const { preload } = preloaderFor();
    preload('/somewhere/else');
    preload('');
    expect(getBreach).not.toHaveBeenCalled();
    expect(listBreaches).not.toHaveBeenCalled();
  });
});

describe('a lazy page at navigation (issue #19)', () => {
  it('asks for its data before its code has arrived, not after', async () => {
    const client = testQueryClient();
    client.setQueryData(meQueryKey, officer);
    render(
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={['/breaches/b2']}>
          <Routes>
            <Route path="/breaches/:id" element={<BreachDetailPage />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(await screen.findByText('the breach page')).toBeTruthy();
    expect(mockOrder).toEqual(['breach b2 asked', 'page code ran']);
  });
});
