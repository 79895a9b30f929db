import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { ApiError } from '../../../api/api-error';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { fetchMe } from '../../../shared/session/auth-api';
import { acknowledgeWithCode, type EscalationPage, getEscalationPage } from '../api/escalation-link-api';
import { acknowledgeEscalation } from '../api/escalations-api';
import { EscalationLinkPage } from './EscalationLinkPage';

jest.mock('../api/escalation-link-api', () => ({
  ...jest.requireActual('../api/escalation-link-api'),
  getEscalationPage: jest.fn(),
  acknowledgeWithCode: jest.fn(),
}));
jest.mock('../api/escalations-api', () => ({
  ...jest.requireActual('../api/escalations-api'),
  acknowledgeEscalation: jest.fn(),
}));
jest.mock('../../../shared/session/auth-api', () => ({
  ...jest.requireActual('../../../shared/session/auth-api'),
  fetchMe: jest.fn(),
}));

const page: EscalationPage = {
  id: 'e1',
  breachId: 'b1',
  breachReference: 'DL-2026-0042',
  breachTitle: 'Ransomware op fileserver',
  obligationKind: 'authority',
  customerName: null,
  dueAt: '2099-01-01T10:00:00.000Z',
  step: 'management-4h',
  occurrence: 0,
  firedAt: '2098-12-31T10:00:00.000Z',
  current: true,
  expiredReason: null,
  recipient: { name: 'Directie-postbus', hasAccount: false, isYou: false, acknowledgedAt: null },
  acknowledgements: [],
};

const renderPage = (route = '/escalations/e1?r=token-abc') =>
  renderWithProviders(
    <Routes>
      <Route path="/escalations/:id" element={<EscalationLinkPage />} />
    </Routes>,
    { route },
  );

describe('EscalationLinkPage', () => {
  beforeEach(() => {
    jest.mocked(getEscalationPage).mockReset();
    jest.mocked(acknowledgeWithCode).mockReset();
    jest.mocked(acknowledgeEscalation).mockReset();
    jest.mocked(fetchMe).mockResolvedValue(null);
  });

  it('shows what it is about and acknowledges nothing by being opened; a mailbox acknowledges with its code', async () => {
    jest.mocked(getEscalationPage).mockResolvedValue(page);
    renderPage();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Melding aan de Autoriteit Persoonsgegevens' }),
    ).toBeTruthy();
    expect(screen.getByText('DL-2026-0042')).toBeTruthy();
    expect(screen.getByText('Directie 4 uur vooraf')).toBeTruthy();
    expect(getEscalationPage).toHaveBeenCalledWith('e1', 'token-abc');
    expect(acknowledgeWithCode).not.toHaveBeenCalled();
    expect(acknowledgeEscalation).not.toHaveBeenCalled();

    // a malformed code is refused on the page, a wrong one by the server
    const input = screen.getByLabelText(/Eenmalige code/);
    fireEvent.change(input, { target: { value: 'abc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bevestigen met code' }));
    expect(await screen.findByText(/8 letters of cijfers/)).toBeTruthy();
    expect(acknowledgeWithCode).not.toHaveBeenCalled();

    jest.mocked(acknowledgeWithCode).mockRejectedValueOnce(new ApiError(403, ['code is wrong']));
    fireEvent.change(input, { target: { value: 'AAAA-AAAA' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bevestigen met code' }));
    expect((await screen.findByRole('alert')).textContent).toMatch('Deze code klopt niet');
    expect(acknowledgeWithCode).toHaveBeenCalledWith('e1', 'token-abc', 'AAAA-AAAA');
  });

  it('asks a recipient with an account to log in, and lets the logged-in user acknowledge with one click', async () => {
    jest.mocked(getEscalationPage).mockResolvedValue({
      ...page,
      recipient: { name: 'Maarten Manager', hasAccount: true, isYou: false, acknowledgedAt: null },
    });
    const { unmount } = renderPage();
    expect((await screen.findByRole('link', { name: 'Inloggen om te bevestigen' })).getAttribute('href')).toBe(
      `/login?next=${encodeURIComponent('/escalations/e1?r=token-abc')}`,
    );
    unmount();

    jest.mocked(fetchMe).mockResolvedValue({
      id: 'u1',
      email: 'manager@lekwacht.test',
      name: 'Maarten Manager',
      role: 'manager',
      language: 'nl',
    } as Awaited<ReturnType<typeof fetchMe>>);
    jest.mocked(getEscalationPage).mockResolvedValue({
      ...page,
      recipient: { name: 'Maarten Manager', hasAccount: true, isYou: true, acknowledgedAt: null },
    });
    jest.mocked(acknowledgeEscalation).mockResolvedValue({} as Awaited<ReturnType<typeof acknowledgeEscalation>>);
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Bevestigen als Maarten Manager' }));
    await waitFor(() => expect(acknowledgeEscalation).toHaveBeenCalledWith('e1'));
  });

  it('says when the escalation is no longer current, and when the link is unknown', async () => {
    jest.mocked(getEscalationPage).mockResolvedValue({ ...page, current: false, expiredReason: 'superseded' });
    const { unmount } = renderPage();
    expect(await screen.findByText('Deze escalatie is niet meer actueel')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Bevestigen met code' })).toBeNull();
    unmount();

    jest.mocked(getEscalationPage).mockRejectedValue(new ApiError(404, ['escalation e1 not found']));
    renderPage();
    expect(await screen.findByText('Deze link werkt niet')).toBeTruthy();
  });
});
