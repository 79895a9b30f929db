import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { ApiError } from '../../../api/api-error';
import i18n from '../../../i18n/i18n';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { acknowledgePortalNotice, getPortalNotice, type PortalNotice } from '../api/portal-api';
import { PortalNoticePage } from './PortalNoticePage';

jest.mock('../api/portal-api', () => ({
  ...jest.requireActual('../api/portal-api'),
  getPortalNotice: jest.fn(),
  acknowledgePortalNotice: jest.fn(),
}));

const notice: PortalNotice = {
  customerName: 'Acme Ltd',
  reference: 'DL-2026-0007',
  language: 'en',
  subject: 'Data breach notice DL-2026-0007',
  html: '<p>Dear Jane</p>',
  text: 'Dear Jane',
  sentAt: '2026-11-20T09:30:00.000Z',
  acknowledgedAt: null,
  acknowledgedByName: null,
};

const renderPortal = () =>
  renderWithProviders(
    <Routes>
      <Route path="/portal/:token" element={<PortalNoticePage />} />
    </Routes>,
    { route: '/portal/tok-123' },
  );

describe('PortalNoticePage', () => {
  beforeEach(() => {
    jest.mocked(getPortalNotice).mockReset();
    jest.mocked(acknowledgePortalNotice).mockReset();
  });
  afterEach(() => void i18n.changeLanguage('nl'));

  it('shows the notice in its language and records receipt with the reader’s name', async () => {
    jest.mocked(getPortalNotice).mockResolvedValue(notice);
    jest.mocked(acknowledgePortalNotice).mockResolvedValue({
      ...notice,
      acknowledgedAt: '2026-11-20T10:00:00.000Z',
      acknowledgedByName: 'Jane Doe',
    });
    renderPortal();

    expect(await screen.findByRole('heading', { name: notice.subject })).toBeTruthy();
    expect(screen.getByText('DL-2026-0007')).toBeTruthy();
    expect(screen.getByTitle(`Content of the notice: ${notice.subject}`).getAttribute('sandbox')).toBe('');
    expect(screen.getByRole('link', { name: /Download PDF/ }).getAttribute('href')).toBe(
      '/api/portal/notices/tok-123/pdf',
    );

    fireEvent.click(screen.getByRole('button', { name: /Confirm receipt/ }));
    expect(await screen.findByText('Enter your name.')).toBeTruthy();
    expect(acknowledgePortalNotice).not.toHaveBeenCalled();

    fireEvent.change(screen.getByRole('textbox', { name: /Your name/ }), {
      target: { value: '  Jane Doe ' },
    });
    fireEvent.click(screen.getByRole('button', { name: /Confirm receipt/ }));
    await waitFor(() => expect(acknowledgePortalNotice).toHaveBeenCalledWith('tok-123', 'Jane Doe'));
    expect(await screen.findByText(/Receipt confirmed on .* by Jane Doe\./)).toBeTruthy();
  });

  it('reveals nothing for an unknown or expired link', async () => {
    jest.mocked(getPortalNotice).mockRejectedValue(new ApiError(404, ['not found']));
    renderPortal();
    expect(await screen.findByText('Melding niet gevonden')).toBeTruthy();
    expect(screen.queryByText('not found')).toBeNull();
  });
});
