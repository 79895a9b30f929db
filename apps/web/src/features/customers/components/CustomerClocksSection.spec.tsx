import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiError } from '../../../api/api-error';
import i18n from '../../../i18n/i18n';
import type { Breach } from '../../../shared/breaches/breach-types';
import { renderWithProviders } from '../../../testing/render-with-providers';
import {
  type CustomerClock,
  type CustomerClocks,
  getCustomerClocks,
  logNoticeCall,
} from '../api/notification-terms-api';
import { CustomerClocksSection } from './CustomerClocksSection';

jest.mock('../api/notification-terms-api', () => ({
  ...jest.requireActual('../api/notification-terms-api'),
  getCustomerClocks: jest.fn(),
  logNoticeCall: jest.fn(),
  confirmBreach: jest.fn(),
}));

const HOUR = 3_600_000;
const terms = (over: Partial<CustomerClock['terms']> = {}): CustomerClock['terms'] =>
  ({
    deadlineHours: 48,
    countedFrom: 'discovery',
    recipients: { namedContacts: [], securityMailbox: null, managementFallback: true },
    channels: { email: true, phone: false },
    language: 'nl',
    requiredContent: [],
    agreementReference: null,
    agreementDate: null,
    ...over,
  }) as CustomerClock['terms'];

const clock = (over: Partial<CustomerClock>): CustomerClock => ({
  customerId: 'k1',
  customerName: 'Klant',
  agreed: false,
  terms: terms(),
  dueAt: new Date(Date.now() + 20 * HOUR).toISOString(),
  obligationId: 'o1',
  obligationState: 'open',
  pendingConfirmation: false,
  callRequired: false,
  calls: [],
  ...over,
});

const clocks: CustomerClocks = {
  confirmedAt: null,
  customers: [
    clock({
      customerId: 'k1',
      customerName: 'Gemeente Zeist',
      agreed: true,
      terms: terms({
        deadlineHours: 24,
        agreementReference: 'VWO-2024-017',
        agreementDate: '2024-02-29',
        channels: { email: true, phone: true },
      }),
      callRequired: true,
    }),
    clock({ customerId: 'k2', customerName: 'Acme B.V.' }),
  ],
};

const breach = {
  id: 'b1',
  status: 'open',
  obligations: [
    {
      id: 'ap',
      kind: 'authority',
      state: 'open',
      required: true,
      dueAt: new Date(Date.now() + 50 * HOUR).toISOString(),
      basis: 'statutory',
    },
  ],
} as unknown as Breach;

jest.setTimeout(20_000);

describe('CustomerClocksSection', () => {
  beforeEach(async () => {
    jest.clearAllMocks();
    await i18n.changeLanguage('nl');
    jest.mocked(getCustomerClocks).mockResolvedValue(clocks);
  });

  it('shows the statutory AP duty beside each customer duty, labelled by what it rests on', async () => {
    renderWithProviders(<CustomerClocksSection breach={breach} role="officer" />);
    expect(await screen.findByText('Gemeente Zeist')).toBeTruthy();
    expect(screen.getByText('Wettelijk · AVG art. 33')).toBeTruthy();
    expect(screen.getByText('Contractueel · verwerkersovereenkomst')).toBeTruthy();
    expect(screen.getByText('Afspraak · 48 uur')).toBeTruthy();
    // the agreement's date in Dutch, not as the API stores it
    expect(screen.getByText(/verwerkersovereenkomst VWO-2024-017 29-02-2024/)).toBeTruthy();
    expect(screen.queryByText(/2024-02-29/)).toBeNull();
  });

  it('logs a call at a moment typed as dd-mm-jjjj and 24-hour time, sent with its Amsterdam offset', async () => {
    jest.mocked(logNoticeCall).mockResolvedValue(clocks);
    renderWithProviders(<CustomerClocksSection breach={breach} role="officer" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Gesprek vastleggen' }));
    const form = screen.getByRole('form', { name: 'Gesprek vastleggen' });
    const date = within(form).getByRole('textbox', { name: 'Gebeld op, datum' });
    expect((date as HTMLInputElement).value).toMatch(/^\d{2}-\d{2}-\d{4}$/);
    fireEvent.change(date, { target: { value: '20-11-2026' } });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Gebeld op, tijd' }), { target: { value: '9:05' } });
    fireEvent.change(within(form).getByLabelText(/Gesproken met/), { target: { value: 'Ans de Vries' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Vastleggen' }));
    await waitFor(() =>
      expect(logNoticeCall).toHaveBeenCalledWith('b1', 'k1', {
        calledAt: '2026-11-20T09:05:00+01:00',
        personReached: 'Ans de Vries',
      }),
    );
  });

  it('a 400 in English is shown in Dutch, under the field it names', async () => {
    const english = 'calledAt must not be in the future';
    const other = 'breach is closed';
    jest.mocked(logNoticeCall).mockRejectedValue(
      new ApiError(400, [english, other], 'Bad Request', [
        { path: 'calledAt', rule: 'notInFuture', message: english },
        { path: 'breach', rule: 'closed', message: other },
      ]),
    );
    renderWithProviders(<CustomerClocksSection breach={breach} role="officer" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Gesprek vastleggen' }));
    const form = screen.getByRole('form', { name: 'Gesprek vastleggen' });
    fireEvent.change(within(form).getByLabelText(/Gesproken met/), { target: { value: 'Ans' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Vastleggen' }));
    expect(await within(form).findByText('Mag niet in de toekomst liggen.')).toBeTruthy();
    expect(within(form).getByText(/Het datalek is gesloten; heropen het eerst\./)).toBeTruthy();
    expect(form.textContent).not.toMatch(/must not|is closed/);
  });

  it('an invalid moment is refused before anything is sent', async () => {
    renderWithProviders(<CustomerClocksSection breach={breach} role="officer" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Gesprek vastleggen' }));
    const form = screen.getByRole('form', { name: 'Gesprek vastleggen' });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Gebeld op, tijd' }), { target: { value: '10:30 PM' } });
    fireEvent.change(within(form).getByLabelText(/Gesproken met/), { target: { value: 'Ans' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Vastleggen' }));
    expect(await within(form).findByText('Vul datum en tijd van het gesprek in.')).toBeTruthy();
    expect(logNoticeCall).not.toHaveBeenCalled();
  });
});
