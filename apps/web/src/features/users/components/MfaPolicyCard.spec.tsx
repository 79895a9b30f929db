import { fireEvent, screen, waitFor } from '@testing-library/react';
import { api } from '../../../api/client';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { MfaPolicyCard } from './MfaPolicyCard';

jest.mock('@mantine/notifications', () => ({ notifications: { show: jest.fn() } }));
jest.mock('../../../api/client', () => ({
  ...jest.requireActual('../../../api/client'),
  api: { GET: jest.fn(), PUT: jest.fn() },
}));

const ok = (data: unknown) => ({ data, error: undefined, response: { status: 200 } });

describe('MfaPolicyCard', () => {
  beforeEach(() => {
    jest.mocked(api.GET).mockReset();
    jest.mocked(api.PUT).mockReset();
  });

  it('shows the roles that must use two-step verification and saves a change', async () => {
    jest.mocked(api.GET).mockResolvedValue(ok({ requiredRoles: ['manager', 'admin'] }) as never);
    jest.mocked(api.PUT).mockResolvedValue(ok({ requiredRoles: ['officer', 'manager', 'admin'] }) as never);
    renderWithProviders(<MfaPolicyCard />);
    const manager = (await screen.findByRole('checkbox', { name: 'Directie' })) as HTMLInputElement;
    await waitFor(() => expect(manager.checked).toBe(true));
    const officer = screen.getByRole('checkbox', { name: 'Privacy officer' }) as HTMLInputElement;
    expect(officer.checked).toBe(false);
    fireEvent.click(officer);
    fireEvent.click(screen.getByRole('button', { name: /opslaan/i }));
    await waitFor(() => expect(api.PUT).toHaveBeenCalled());
    const body = (jest.mocked(api.PUT).mock.calls[0]?.[1] as { body: { requiredRoles: string[] } }).body;
    expect([...body.requiredRoles].sort()).toEqual(['admin', 'manager', 'officer']);
  });

  it('offers no save when the policy could not be read (saving would clear it)', async () => {
    jest.mocked(api.GET).mockRejectedValue(new TypeError('network down'));
    renderWithProviders(<MfaPolicyCard />);
    expect(await screen.findByRole('button', { name: 'Opnieuw proberen' })).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('button', { name: /opslaan/i })).toBeNull();
  });
});
