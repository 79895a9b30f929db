import { screen } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { fetchMe } from '../../../shared/session/auth-api';
import { RequireAuth } from './RequireAuth';

jest.mock('../../../shared/session/auth-api', () => ({
  ...jest.requireActual('../../../shared/session/auth-api'),
  fetchMe: jest.fn(),
}));

function LoginProbe() {
  const location = useLocation();
  return <p>login {location.search}</p>;
}

const tree = (
  <Routes>
    <Route path="/login" element={<LoginProbe />} />
    <Route element={<RequireAuth />}>
      <Route path="/admin/users" element={<p>users page</p>} />
    </Route>
  </Routes>
);

describe('RequireAuth', () => {
  it('sends a visitor without a session to /login?next=…', async () => {
    jest.mocked(fetchMe).mockResolvedValue(null);
    renderWithProviders(tree, { route: '/admin/users' });
    expect(await screen.findByText('login ?next=%2Fadmin%2Fusers')).toBeTruthy();
  });

  it('shows the page to a signed-in user', async () => {
    jest.mocked(fetchMe).mockResolvedValue({
      id: 'u1',
      email: 'admin@lekwacht.test',
      name: 'Ada',
      role: 'admin',
      language: 'nl',
      active: true,
      mfaEnrolmentRequired: false,
    });
    renderWithProviders(tree, { route: '/admin/users' });
    expect(await screen.findByText('users page')).toBeTruthy();
  });
});
