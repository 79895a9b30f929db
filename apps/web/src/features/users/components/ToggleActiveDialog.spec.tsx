import { fireEvent, screen } from '@testing-library/react';
import { ApiError } from '../../../api/api-error';
import type { User } from '../../../api/types';
import i18n from '../../../i18n/i18n';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { updateUser } from '../api/users-api';
import { ToggleActiveDialog } from './ToggleActiveDialog';

jest.mock('../api/users-api', () => ({
  ...jest.requireActual('../api/users-api'),
  updateUser: jest.fn(),
}));

const user = {
  id: 'u2',
  name: 'Olga Officier',
  role: 'officer',
  active: true,
  email: 'o@x.nl',
  language: 'nl',
} as User;

describe('ToggleActiveDialog', () => {
  beforeEach(() => i18n.changeLanguage('nl'));

  it('shows a refusal in Dutch, not the API English', async () => {
    const english = 'user is the last active admin and cannot be deactivated';
    jest
      .mocked(updateUser)
      .mockRejectedValue(
        new ApiError(422, [english], 'Unprocessable', [{ path: '', rule: 'conflict', message: english }]),
      );
    renderWithProviders(<ToggleActiveDialog user={user} onClose={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Deactiveren' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Niet toegestaanDit kan in de huidige toestand niet\./);
  });

  it('says the own-account rule for a 409', async () => {
    jest.mocked(updateUser).mockRejectedValue(new ApiError(409, ['cannot deactivate yourself']));
    renderWithProviders(<ToggleActiveDialog user={user} onClose={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Deactiveren' }));
    expect(await screen.findByText(/Je kunt je eigen account niet deactiveren/)).toBeTruthy();
    expect(screen.queryByText('cannot deactivate yourself')).toBeNull();
  });
});
