import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { ApiError } from '../../../api/api-error';
import i18n from '../../../i18n/i18n';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { fetchMe, login } from '../../../shared/session/auth-api';
import { LoginPage } from './LoginPage';

jest.mock('../../../shared/session/auth-api', () => ({
  ...jest.requireActual('../../../shared/session/auth-api'),
  fetchMe: jest.fn(),
  login: jest.fn(),
}));

const mockedFetchMe = jest.mocked(fetchMe);
const mockedLogin = jest.mocked(login);

function Where() {
  const location = useLocation();
  return <p>at {location.pathname}</p>;
}

const renderLogin = (route = '/login') =>
  renderWithProviders(
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="*" element={<Where />} />
    </Routes>,
    { route },
  );

const fill = (label: RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label, { selector: 'input' }), { target: { value } });

describe('LoginPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    mockedFetchMe.mockResolvedValue(null);
    mockedLogin.mockReset();
  });

  it('validates the fields before calling the API', async () => {
    renderLogin();
    fireEvent.click(await screen.findByRole('button', { name: 'Inloggen' }));
    expect(await screen.findByText('Vul je e-mailadres in')).toBeTruthy();
    expect(screen.getByText('Vul je wachtwoord in')).toBeTruthy();

    fill(/^E-mailadres/, 'geen-adres');
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect(await screen.findByText(/Vul een geldig e-mailadres in/)).toBeTruthy();
    expect(mockedLogin).not.toHaveBeenCalled();
  });

  it('shows the API 401 as a clear alert', async () => {
    mockedLogin.mockRejectedValue(new ApiError(401, ['invalid email or password']));
    renderLogin();
    fill(/^E-mailadres/, 'officer@lekwacht.test');
    fill(/^Wachtwoord/, 'verkeerd');
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Onbekend e-mailadres of onjuist wachtwoord');
    expect(mockedLogin).toHaveBeenCalledWith({ email: 'officer@lekwacht.test', password: 'verkeerd' });
  });

  it('shows rate limiting (429) as "too many attempts"', async () => {
    mockedLogin.mockRejectedValue(new ApiError(429, ['ThrottlerException: Too Many Requests']));
    renderLogin();
    fill(/^E-mailadres/, 'officer@lekwacht.test');
    fill(/^Wachtwoord/, 'x');
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Te veel pogingen, probeer het over een minuut opnieuw',
    );
  });

  it('goes to the requested page after login, never to another origin', async () => {
    mockedLogin.mockResolvedValue({
      user: { id: 'u1', email: 'admin@lekwacht.test', name: 'Ada', role: 'admin', language: 'nl', active: true },
    });
    renderLogin('/login?next=%2Fadmin%2Fusers');
    fill(/^E-mailadres/, 'admin@lekwacht.test');
    fill(/^Wachtwoord/, 'lekwacht-demo');
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    await waitFor(() => expect(screen.getByText('at /admin/users')).toBeTruthy());
  });

  it('asks for the code from the authenticator app when the account has two-step verification', async () => {
    mockedLogin.mockResolvedValue({ mfaRequired: true });
    renderLogin();
    fill(/^E-mailadres/, 'fg@lekwacht.test');
    fill(/^Wachtwoord/, 'lekwacht-demo');
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    const code = await screen.findByLabelText(/^Code uit de app/);
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(code.getAttribute('inputmode')).toBe('numeric');
    fireEvent.click(screen.getByRole('button', { name: 'Een herstelcode gebruiken' }));
    expect(await screen.findByLabelText(/^Herstelcode/)).toBeTruthy();
  });

  it('speaks English after switching language', async () => {
    renderLogin();
    fireEvent.click(await screen.findByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('button', { name: 'Log in' })).toBeTruthy();
    expect(window.localStorage.getItem('lekwacht.language')).toBe('en');
  });
});
