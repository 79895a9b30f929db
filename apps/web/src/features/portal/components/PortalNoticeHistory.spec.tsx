import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { PortalNoticeHistory } from './PortalNoticeHistory';

const item = (sequence: number, kind: 'initial' | 'supplementary', current: boolean) => ({
  sequence,
  kind,
  subject: `Onderwerp ${sequence}`,
  html: `<p>Tekst ${sequence}</p>`,
  text: `Tekst ${sequence}`,
  sentAt: `2026-11-2${sequence}T09:30:00.000Z`,
  acknowledgedAt: sequence === 1 ? '2026-11-21T10:00:00.000Z' : null,
  current,
});

describe('PortalNoticeHistory', () => {
  it('lists every notice newest first, marks the one this link opened and the acknowledged one', () => {
    renderWithProviders(<PortalNoticeHistory history={[item(2, 'supplementary', true), item(1, 'initial', false)]} />);
    expect(screen.getByRole('heading', { name: 'Alle kennisgevingen over dit datalek' })).toBeTruthy();
    const controls = screen.getAllByRole('button');
    expect(controls[0]?.textContent).toContain('Aanvulling');
    expect(controls[0]?.textContent).toContain('geopend via deze link');
    expect(controls[1]?.textContent).toContain('Kennisgeving');
    expect(controls[1]?.textContent).toContain('ontvangst bevestigd');
  });

  it('shows nothing while there is only the one notice', () => {
    renderWithProviders(<PortalNoticeHistory history={[item(1, 'initial', true)]} />);
    renderWithProviders(<PortalNoticeHistory history={undefined} />);
    expect(screen.queryByRole('heading')).toBeNull();
  });
});
