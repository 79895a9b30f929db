import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
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
  organisation: {
    name: 'Veilig & Zeker B.V.',
    logoDataUrl: null,
    primaryColour: '#0a7a3e',
    contactPoint: { name: 'Fenna Functionaris', email: 'fg@veilig-zeker.example', phone: '+31 20 555 0100' },
  },
  controllerDecisionHours: null,
  kind: 'initial',
  sequence: 1,
  history: [],
  customerName: 'Acme Ltd',
  reference: 'DL-2026-0007',
  language: 'en',
  subject: 'Data breach notice DL-2026-0007',
  html: '<p>Dear Jane</p>',
  text: 'Dear Jane,\n\nA laptop was stolen.',
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
  // Unmount first: switching the language back re-renders a mounted page outside act().
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('nl');
  });

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
    // The notice reads with the page itself: no iframe or other box with its own scroll bar.
    expect(screen.getByText(/A laptop was stolen\./)).toBeTruthy();
    expect(document.querySelector('iframe')).toBeNull();
    // Branded by the organisation, not the product.
    expect(screen.getByText('Veilig & Zeker B.V.')).toBeTruthy();
    expect(document.body.textContent).not.toContain('Lekwacht');
    expect(document.title).toBe(`${notice.subject} · Veilig & Zeker B.V.`);
    expect(screen.queryByRole('heading', { name: 'Your own notification decision' })).toBeNull();
    expect(screen.getByRole('link', { name: /fg@veilig-zeker\.example/ }).getAttribute('href')).toBe(
      'mailto:fg@veilig-zeker.example',
    );
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

  it('puts the controller decision deadline and our contact point first for a processor relationship', async () => {
    jest.mocked(getPortalNotice).mockResolvedValue({ ...notice, controllerDecisionHours: 72 });
    renderPortal();
    const decision = await screen.findByRole('heading', { name: 'Your own notification decision' });
    const title = screen.getByRole('heading', { name: notice.subject });
    // DOCUMENT_POSITION_FOLLOWING: the notice comes after the decision block.
    expect(decision.compareDocumentPosition(title) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const section = decision.closest('section') as HTMLElement;
    // 09:30 UTC + 72 h = 23 Nov 10:30 Amsterdam time
    expect(section.textContent).toMatch(/Decide by.*23.*10:30/);
    expect(section.textContent).toContain('fg@veilig-zeker.example');
    expect(section.querySelector('a[href="tel:+31205550100"]')).toBeTruthy();
  });

  it('reveals nothing for an unknown or expired link', async () => {
    jest.mocked(getPortalNotice).mockRejectedValue(new ApiError(404, ['not found']));
    renderPortal();
    expect(await screen.findByText('Melding niet gevonden')).toBeTruthy();
    expect(screen.queryByText('not found')).toBeNull();
  });
});
