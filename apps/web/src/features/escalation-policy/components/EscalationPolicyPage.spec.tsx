import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiError } from '../../../api/api-error';
import i18n from '../../../i18n/i18n';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { type EscalationSettings, getEscalationSettings, putEscalationSettings } from '../api/policy-api';
import { EscalationPolicyPage } from './EscalationPolicyPage';

jest.mock('../api/policy-api', () => ({
  ...jest.requireActual('../api/policy-api'),
  getEscalationSettings: jest.fn(),
  putEscalationSettings: jest.fn(),
}));

const policy: EscalationSettings['policy'] = {
  acknowledgementTimeoutHours: 2,
  steps: [{ id: 'officer-24h', trigger: { type: 'before_due', hours: 24 }, recipients: ['officer'] }],
};
const settings: EscalationSettings = {
  policy,
  managementMailbox: null,
  approvalEscalation: { afterHours: 4, everyHours: 8 },
  digestIntervalMinutes: 15,
  defaultPolicy: policy,
};

jest.setTimeout(20_000);

describe('EscalationPolicyPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    jest.mocked(getEscalationSettings).mockResolvedValue(settings);
  });

  it('a 400 in English shows Dutch text next to the fields it names, and no API English', async () => {
    const hours = 'policy.steps.0.trigger.hours must be a positive number';
    const timeout = 'policy.acknowledgementTimeoutHours must be at most 720';
    const unknown = 'property extra should not exist';
    jest.mocked(putEscalationSettings).mockRejectedValue(
      new ApiError(400, [hours, timeout, unknown], 'Bad Request', [
        { path: 'policy.steps.0.trigger.hours', rule: 'invalid', message: hours },
        { path: 'policy.acknowledgementTimeoutHours', rule: 'invalid', message: timeout },
        { path: '', rule: 'unknownProperty', message: unknown },
      ]),
    );
    renderWithProviders(<EscalationPolicyPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(putEscalationSettings).toHaveBeenCalled());
    expect(await screen.findByText('Vul een aantal uren in van 0 tot en met 720.')).toBeTruthy();
    expect(screen.getByText(/^Vul een positief aantal uren in \(hoogstens 720\)/)).toBeTruthy();
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('Dit gegeven wordt niet ondersteund.')).toBeTruthy();
    expect(within(alert).getByText('Controleer de gemarkeerde stap.')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/must be|should not exist/);
  });

  it('a refusal without fields (403) is said in Dutch too', async () => {
    jest
      .mocked(putEscalationSettings)
      .mockRejectedValue(
        new ApiError(403, ['admin role required'], 'Forbidden', [
          { path: '', rule: 'forbidden', message: 'admin role required' },
        ]),
      );
    renderWithProviders(<EscalationPolicyPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Opslaan' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Je hebt geen rechten voor deze actie.')).toBeTruthy();
  });
});
