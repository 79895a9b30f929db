import { fireEvent, screen } from '@testing-library/react';
import { ApiError } from '../../../api/api-error';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { getAuditVerification } from '../api/audit-api';
import { AuditChainCard } from './AuditChainCard';

jest.mock('../api/audit-api', () => ({
  ...jest.requireActual('../api/audit-api'),
  getAuditVerification: jest.fn(),
}));

describe('AuditChainCard', () => {
  beforeEach(() => jest.mocked(getAuditVerification).mockReset());

  it('says the chain holds, with its count, head and head hash to copy', async () => {
    jest.mocked(getAuditVerification).mockResolvedValue({
      ok: true,
      events: 1234,
      seq: 1234,
      headHash: 'c'.repeat(64),
      count: 1234,
    });
    renderWithProviders(<AuditChainCard />);
    expect(await screen.findByText('Keten intact')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Status van de hashketen' })).toBeTruthy();
    expect(screen.getByText('1.234')).toBeTruthy();
    expect(screen.getByText('c'.repeat(64))).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hash kopiëren' })).toBeTruthy();
    expect(screen.queryByText('Keten verbroken')).toBeNull();
  });

  it('says where the chain broke, with the advice to tell the administrator', async () => {
    jest.mocked(getAuditVerification).mockResolvedValue({
      ok: false,
      events: 41,
      seq: 50,
      headHash: 'd'.repeat(64),
      count: 50,
      brokenAt: { seq: '42', reason: 'content does not match its keyed hash (edited or re-hashed without the key)' },
    });
    renderWithProviders(<AuditChainCard />);
    expect(await screen.findByText('Keten verbroken')).toBeTruthy();
    expect(screen.getByText('De keten klopt niet meer vanaf gebeurtenis 42.')).toBeTruthy();
    expect(screen.getByText(/edited or re-hashed without the key/).getAttribute('lang')).toBe('en');
    expect(screen.getByText(/Meld dit aan de beheerder/)).toBeTruthy();
  });

  it('offers a retry when the check could not be made', async () => {
    jest.mocked(getAuditVerification).mockRejectedValueOnce(new ApiError(503, ['down']));
    renderWithProviders(<AuditChainCard />);
    expect(await screen.findByText('De keten kon niet worden gecontroleerd')).toBeTruthy();
    jest
      .mocked(getAuditVerification)
      .mockResolvedValue({ ok: true, events: 1, seq: 1, headHash: 'e'.repeat(64), count: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByText('Keten intact')).toBeTruthy();
  });
});
