import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import i18n from '../../../i18n/i18n';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { fetchMe } from '../../../shared/session/auth-api';
import { fetchSsoConfig } from '../../../shared/session/sso-api';
import { LoginPage } from './LoginPage';

jest.mock('../../../shared/session/auth-api', () => ({
  ...jest.requireActual('../../../shared/session/auth-api'),
  fetchMe: jest.fn(),
}));
jest.mock('../../../shared/session/sso-api', () => ({
  ...jest.requireActual('../../../shared/session/sso-api'),
  fetchSsoConfig: jest.fn(),
}));

const mockedSso = jest.mocked(fetchSsoConfig);

const renderLogin = (route = '/login') =>
  renderWithProviders(
    <Routes>
      <Route path="/login" element={<LoginPage />} />
    </Routes>,
    { route },
  );

describe('LoginPage with single sign-on', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    jest.mocked(fetchMe).mockResolvedValue(null);
  });

  it('offers "Inloggen met <label>" above the password form, keeping where to go next', async () => {
    mockedSso.mockResolvedValue({ enabled: true, label: 'Entra ID', localLogin: true });
    renderLogin('/login?next=%2Fbreaches%2F42');
    const link = await screen.findByRole('link', { name: 'Inloggen met Entra ID' });
    expect(link.getAttribute('href')).toBe('/api/auth/sso?next=%2Fbreaches%2F42');
    expect(screen.getByText('of met e-mailadres en wachtwoord')).toBeTruthy();
    expect(screen.getByLabelText(/^Wachtwoord/, { selector: 'input' })).toBeTruthy();
  });

  it('hides the password form when local login is off', async () => {
    mockedSso.mockResolvedValue({ enabled: true, label: 'Entra ID', localLogin: false });
    renderLogin();
    expect((await screen.findByRole('link', { name: 'Inloggen met Entra ID' })).getAttribute('href')).toBe(
      '/api/auth/sso',
    );
    expect(screen.queryByLabelText(/^Wachtwoord/, { selector: 'input' })).toBeNull();
    expect(screen.getByText('Je logt in via de inlogdienst van je organisatie.')).toBeTruthy();
  });

  it('shows only the password form when single sign-on is off or its settings cannot be read', async () => {
    mockedSso.mockRejectedValue(new Error('offline'));
    renderLogin();
    expect(await screen.findByLabelText(/^Wachtwoord/, { selector: 'input' })).toBeTruthy();
    expect(screen.queryByTestId('sso-sign-in')).toBeNull();
  });

  it('speaks English', async () => {
    await i18n.changeLanguage('en');
    mockedSso.mockResolvedValue({ enabled: true, label: 'Keycloak', localLogin: true });
    renderLogin();
    expect(await screen.findByRole('link', { name: 'Log in with Keycloak' })).toBeTruthy();
  });
});
