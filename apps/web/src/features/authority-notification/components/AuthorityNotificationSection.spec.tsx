import { emptyAuthorityNotificationContent } from '@lekwacht/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiError } from '../../../api/api-error';
import type { User } from '../../../api/types';
import { meQueryKey } from '../../../shared/session/auth-api';
import type { Breach, Obligation } from '../../../shared/breaches/breach-types';
import { renderWithProviders, testQueryClient } from '../../../testing/render-with-providers';
import {
  type ApContent,
  type ApContentPatch,
  approveNotification,
  type AuthorityNotification,
  getAuthorityNotification,
  recordSubmission,
  submitForApproval,
  updateAuthorityNotification,
} from '../api/authority-notification-api';
import { approveNotRequired, proposeNotRequired } from '../api/not-required-api';
import { AP_FORM } from '../form-model';
import { AuthorityNotificationSection } from './AuthorityNotificationSection';
import { NotRequiredAction } from './NotRequiredAction';

jest.mock('../api/authority-notification-api', () => ({
  ...jest.requireActual('../api/authority-notification-api'),
  getAuthorityNotification: jest.fn(),
  updateAuthorityNotification: jest.fn(),
  approveNotification: jest.fn(),
  recordSubmission: jest.fn(),
  submitForApproval: jest.fn(),
}));
jest.mock('../api/not-required-api', () => ({
  ...jest.requireActual('../api/not-required-api'),
  proposeNotRequired: jest.fn(),
  approveNotRequired: jest.fn(),
}));

const user = (role: User['role']): User =>
  ({ id: `${role}-1`, role, language: 'nl', email: `${role}@lekwacht.test`, name: role, active: true }) as User;

const breach = { id: 'b1', status: 'open', obligations: [] } as unknown as Breach;

const sections = AP_FORM.map((s) => ({ key: s.key, number: s.number, answered: 0, total: 1, missing: ['x'] }));

/** Every question of the form, as the API always sends them (null: not answered), with these answers. */
const content = (answers: ApContentPatch = {}): ApContent => {
  const full: ApContent = emptyAuthorityNotificationContent();
  for (const key of Object.keys(answers) as (keyof ApContent)[]) Object.assign(full[key], answers[key]);
  return full;
};

const notification = (over: Partial<AuthorityNotification> = {}): AuthorityNotification =>
  ({
    id: 'n1',
    breachId: 'b1',
    persisted: true,
    state: 'draft',
    content: content({ breach: { summary: 'Laptop kwijt', incidentType: 'hacking' } }),
    completeness: { sections, answered: 3, total: 10, percent: 30, complete: false },
    missingAnswers: [],
    missingAnswerReasons: {},
    readyForApproval: true,
    dueAt: '2026-11-20T09:00:00.000Z',
    late: false,
    draftedBy: null,
    draftedAt: null,
    approvedBy: null,
    approvedAt: null,
    apReference: null,
    submittedAt: null,
    submissionRecordedBy: null,
    delayReason: null,
    withdrawnAt: null,
    withdrawReason: null,
    rejections: [],
    followUps: [],
    createdAt: null,
    updatedAt: null,
    version: 3,
    ...over,
  }) as AuthorityNotification;

function renderAs(role: User['role'], ui: React.ReactElement) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, user(role));
  return renderWithProviders(ui, { queryClient });
}

jest.setTimeout(20_000);

const FOUR_EYES_DRAFT = 'four-eyes: the person who submitted the draft for approval cannot approve it';

describe('AuthorityNotificationSection', () => {
  beforeEach(() => jest.resetAllMocks());

  it('shows the state, the completeness and the export links; an officer saves only the changed answers of a section', async () => {
    jest.mocked(getAuthorityNotification).mockResolvedValue(notification());
    jest.mocked(updateAuthorityNotification).mockResolvedValue(notification({ version: 4 }));
    renderAs('officer', <AuthorityNotificationSection breach={breach} />);
    expect(await screen.findByText('Concept')).toBeTruthy();
    expect(screen.getByText('3 van 10 verplichte vragen (30%)')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'PDF downloaden' }).getAttribute('href')).toBe(
      '/api/breaches/b1/authority-notification/export?format=pdf',
    );
    expect(screen.getByRole('link', { name: 'JSON' }).getAttribute('href')).toBe(
      '/api/breaches/b1/authority-notification/export?format=json',
    );
    expect(screen.getByRole('link', { name: 'Printweergave' }).getAttribute('href')).toBe('/breaches/b1/ap-print');
    expect(screen.getByRole('button', { name: 'Ter goedkeuring aanbieden' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /3\. Gegevens over het datalek/ }));
    const summary = await screen.findByLabelText(/Geef een samenvatting/);
    fireEvent.change(summary, { target: { value: 'USB-stick kwijt' } });
    // the section's save button is enabled once the change has rendered (slow on a loaded CI machine)
    const save = await waitFor(() => {
      const enabled = screen
        .getAllByRole('button', { name: 'Sectie opslaan' })
        .find((x) => !x.hasAttribute('disabled'));
      expect(enabled).toBeTruthy();
      return enabled as HTMLElement;
    });
    fireEvent.click(save);
    await waitFor(() =>
      expect(updateAuthorityNotification).toHaveBeenCalledWith('b1', { breach: { summary: 'USB-stick kwijt' } }, 3),
    );
  });

  it("shows the API's 403 message when the drafter tries to approve", async () => {
    jest.mocked(getAuthorityNotification).mockResolvedValue(notification({ state: 'awaiting_approval' }));
    jest
      .mocked(approveNotification)
      .mockRejectedValue(
        new ApiError(403, [FOUR_EYES_DRAFT], undefined, [{ path: '', rule: 'fourEyes', message: FOUR_EYES_DRAFT }]),
      );
    renderAs('manager', <AuthorityNotificationSection breach={breach} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Goedkeuren' }));
    expect(await screen.findByText(/Vier ogen: iemand anders/)).toBeTruthy();
    expect(screen.queryByText(FOUR_EYES_DRAFT)).toBeNull();
    expect(screen.getByRole('button', { name: 'Afkeuren' })).toBeTruthy();
  });

  it('asks for the reason of the delay after the deadline and sends the time, typed in Dutch, with its Amsterdam offset', async () => {
    jest
      .mocked(getAuthorityNotification)
      .mockResolvedValue(notification({ state: 'approved', dueAt: '2026-01-05T09:00:00.000Z' }));
    const english = 'delayReason must be longer than or equal to 10 characters';
    jest
      .mocked(recordSubmission)
      .mockRejectedValue(
        new ApiError(400, [english], 'Bad Request', [
          { path: 'delayReason', rule: 'minLength', message: english, params: { limit: 10 } },
        ]),
      );
    renderAs('officer', <AuthorityNotificationSection breach={breach} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Indiening vastleggen' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Meldnummer van de AP/), { target: { value: 'M-123' } });
    // the moment is typed as dd-mm-jjjj and a 24-hour time, whatever the browser's locale
    const date = within(dialog).getByRole('textbox', { name: 'Ingediend op, datum' });
    expect((date as HTMLInputElement).value).toMatch(/^\d{2}-\d{2}-\d{4}$/);
    fireEvent.change(date, { target: { value: '06-01-2026' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Ingediend op, tijd' }), {
      target: { value: '10:30' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Indiening vastleggen' }));
    expect(await within(dialog).findByText('Geef de reden van de vertraging.')).toBeTruthy();
    expect(recordSubmission).not.toHaveBeenCalled();
    fireEvent.change(within(dialog).getByLabelText(/Reden van de vertraging/), { target: { value: 'x' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Indiening vastleggen' }));
    await waitFor(() =>
      expect(recordSubmission).toHaveBeenCalledWith('b1', {
        apReference: 'M-123',
        submittedAt: '2026-01-06T10:30:00+01:00',
        delayReason: 'x',
      }),
    );
    // the API's English 400 is shown in Dutch, under the field it names
    expect(await within(dialog).findByText('Gebruik minstens 10 tekens.')).toBeTruthy();
    expect(within(dialog).queryByText(/must be longer/)).toBeNull();
  });

  it('refuses to record a submission at a date that is no date, saying so in Dutch', async () => {
    jest.mocked(getAuthorityNotification).mockResolvedValue(notification({ state: 'approved' }));
    renderAs('officer', <AuthorityNotificationSection breach={breach} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Indiening vastleggen' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Meldnummer van de AP/), { target: { value: 'M-123' } });
    const date = within(dialog).getByRole('textbox', { name: 'Ingediend op, datum' });
    fireEvent.change(date, { target: { value: '31-02-2026' } });
    fireEvent.blur(date);
    expect(within(dialog).getByText('Onbekende datum. Gebruik dd-mm-jjjj, bijvoorbeeld 20-11-2026.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Indiening vastleggen' }));
    await waitFor(() => expect(recordSubmission).not.toHaveBeenCalled());
  });

  it('a moment answer is shown and typed in Dutch; a text that is no moment is not saved', async () => {
    jest
      .mocked(getAuthorityNotification)
      .mockResolvedValue(
        notification({ content: content({ timeline: { occurredFrom: '2026-06-12T15:40:00.000Z' } }) }),
      );
    jest.mocked(updateAuthorityNotification).mockResolvedValue(notification({ version: 4 }));
    renderAs('officer', <AuthorityNotificationSection breach={breach} />);
    fireEvent.click(await screen.findByRole('button', { name: /2\. Tijdlijn/ }));
    const date = await screen.findByRole('textbox', { name: /^Wanneer vond het datalek plaats \(vanaf\)\?, datum$/ });
    const time = screen.getByRole('textbox', { name: /^Wanneer vond het datalek plaats \(vanaf\)\?, tijd$/ });
    // 15:40 UTC is 17:40 in Amsterdam in June: not "12/06/2026, 05:40 PM"
    expect((date as HTMLInputElement).value).toBe('12-06-2026');
    expect((time as HTMLInputElement).value).toBe('17:40');
    const save = () => {
      const button = screen.getAllByRole('button', { name: 'Sectie opslaan' }).find((b) => !b.hasAttribute('disabled'));
      if (!button) throw new Error('no enabled save button');
      fireEvent.click(button);
    };
    fireEvent.change(time, { target: { value: '25:00' } });
    save();
    expect(await screen.findByText('Vul een geldige datum en tijd in.')).toBeTruthy();
    expect(updateAuthorityNotification).not.toHaveBeenCalled();
    fireEvent.change(time, { target: { value: '18:05' } });
    save();
    await waitFor(() =>
      expect(updateAuthorityNotification).toHaveBeenCalledWith(
        'b1',
        { timeline: { occurredFrom: '2026-06-12T18:05:00+02:00' } },
        3,
      ),
    );
  });
});

describe('NotRequiredAction', () => {
  beforeEach(() => jest.resetAllMocks());

  const obligation = (over: Partial<Obligation> = {}): Obligation =>
    ({
      id: 'o1',
      kind: 'authority',
      state: 'open',
      required: null,
      dueAt: null,
      fulfilledAt: null,
      customerId: null,
      basis: 'statutory',
      late: false,
      overdue: false,
      ...over,
    }) as Obligation;

  it('lets an officer propose "not required" with a rationale of at least 10 characters', async () => {
    jest.mocked(proposeNotRequired).mockResolvedValue(obligation());
    renderAs('officer', <NotRequiredAction breachId="b1" obligation={obligation()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Niet vereist…' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Onderbouwing/), { target: { value: 'te kort' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Voorstel indienen' }));
    expect(await within(dialog).findByText('Gebruik minstens 10 tekens.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/Onderbouwing/), {
      target: { value: 'Versleutelde laptop, geen risico.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Voorstel indienen' }));
    await waitFor(() => expect(proposeNotRequired).toHaveBeenCalledWith('o1', 'Versleutelde laptop, geen risico.'));
  });

  it("shows a pending proposal; a manager approves, and the proposer's 403 message is shown", async () => {
    const fourEyes = 'four-eyes: the proposer cannot approve';
    jest
      .mocked(approveNotRequired)
      .mockRejectedValue(new ApiError(403, [fourEyes], undefined, [{ path: '', rule: 'fourEyes', message: fourEyes }]));
    const pending = obligation({
      notRequiredProposal: {
        rationale: 'Versleuteld, geen risico',
        proposedAt: '2026-11-20T09:00:00.000Z',
        proposedBy: { id: 'm', name: 'Mira' },
      },
    });
    renderAs('manager', <NotRequiredAction breachId="b1" obligation={pending} />);
    expect(screen.getByText('Versleuteld, geen risico')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Afwijzen' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Goedkeuren' }));
    expect(await screen.findByText(/Vier ogen: iemand anders/)).toBeTruthy();
  });
  describe('four-eyes on a complete form', () => {
    it('refuses to submit an incomplete form that is not phased, listing the missing answers by question', async () => {
      jest
        .mocked(getAuthorityNotification)
        .mockResolvedValue(
          notification({ missingAnswers: ['timeline.discoveryMethod', 'breach.summary'], readyForApproval: false }),
        );
      renderAs('officer', <AuthorityNotificationSection breach={breach} />);
      fireEvent.click(await screen.findByRole('button', { name: 'Ter goedkeuring aanbieden' }));
      const alert = await screen.findByRole('alert');
      expect(within(alert).getByText('Niet ingediend: 2 verplichte antwoorden ontbreken')).toBeTruthy();
      expect(within(alert).getByText('2. Tijdlijn › Hoe is het datalek ontdekt?')).toBeTruthy();
      expect(
        within(alert).getByText('3. Gegevens over het datalek › Geef een samenvatting van het incident'),
      ).toBeTruthy();
      expect(submitForApproval).not.toHaveBeenCalled();
    });

    it('warns about unsaved answers before submitting, and goes back to them', async () => {
      jest.mocked(getAuthorityNotification).mockResolvedValue(notification());
      renderAs('officer', <AuthorityNotificationSection breach={breach} />);
      fireEvent.click(await screen.findByRole('button', { name: /3\. Gegevens over het datalek/ }));
      fireEvent.change(await screen.findByLabelText(/Geef een samenvatting/), { target: { value: 'USB-stick kwijt' } });
      fireEvent.click(screen.getByRole('button', { name: 'Ter goedkeuring aanbieden' }));
      const dialog = await screen.findByRole('dialog', { name: 'Niet-opgeslagen antwoorden' });
      expect(within(dialog).getByText('3. Gegevens over het datalek')).toBeTruthy();
      fireEvent.click(within(dialog).getByRole('button', { name: 'Terug naar de antwoorden' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(submitForApproval).not.toHaveBeenCalled();
      // The answer is still there to be saved.
      expect((screen.getByLabelText(/Geef een samenvatting/) as HTMLTextAreaElement).value).toBe('USB-stick kwijt');
    });

    it('a complete form with no unsaved answers is submitted at once', async () => {
      jest.mocked(getAuthorityNotification).mockResolvedValue(notification());
      jest.mocked(submitForApproval).mockResolvedValue(notification({ state: 'awaiting_approval' }));
      renderAs('officer', <AuthorityNotificationSection breach={breach} />);
      fireEvent.click(await screen.findByRole('button', { name: 'Ter goedkeuring aanbieden' }));
      await waitFor(() => expect(submitForApproval).toHaveBeenCalledWith('b1', undefined));
    });

    it('a phased form asks a reason for each missing answer and sends them', async () => {
      jest.mocked(getAuthorityNotification).mockResolvedValue(
        notification({
          content: content({ notification: { phased: true } }),
          missingAnswers: ['timeline.discoveryMethod'],
          readyForApproval: false,
        }),
      );
      jest.mocked(submitForApproval).mockResolvedValue(notification({ state: 'awaiting_approval' }));
      renderAs('officer', <AuthorityNotificationSection breach={breach} />);
      fireEvent.click(await screen.findByRole('button', { name: 'Ter goedkeuring aanbieden' }));
      const dialog = await screen.findByRole('dialog', { name: /Gefaseerde melding/ });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Ter goedkeuring aanbieden' }));
      expect(await within(dialog).findByText('Geef de reden')).toBeTruthy();
      expect(submitForApproval).not.toHaveBeenCalled();
      fireEvent.change(within(dialog).getByLabelText(/Hoe is het datalek ontdekt/), {
        target: { value: 'Forensisch onderzoek loopt' },
      });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Ter goedkeuring aanbieden' }));
      await waitFor(() =>
        expect(submitForApproval).toHaveBeenCalledWith('b1', {
          'timeline.discoveryMethod': 'Forensisch onderzoek loopt',
        }),
      );
    });

    it('shows the approving manager the completeness and the missing answers with their reasons', async () => {
      jest.mocked(getAuthorityNotification).mockResolvedValue(
        notification({
          state: 'awaiting_approval',
          content: content({ notification: { phased: true } }),
          missingAnswers: ['timeline.discoveryMethod'],
          missingAnswerReasons: { 'timeline.discoveryMethod': 'Forensisch onderzoek loopt' },
          readyForApproval: true,
        }),
      );
      renderAs('manager', <AuthorityNotificationSection breach={breach} />);
      const list = await screen.findByRole('list', { name: 'Ontbrekende verplichte antwoorden' });
      expect(within(list).getByText('2. Tijdlijn › Hoe is het datalek ontdekt?')).toBeTruthy();
      expect(within(list).getByText('Reden: Forensisch onderzoek loopt')).toBeTruthy();
      expect(screen.getByText('Volledigheid 30%: 1 verplicht antwoord ontbreekt')).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Goedkeuren' }).hasAttribute('disabled')).toBe(false);
    });

    it('a manager cannot approve a form that is not ready', async () => {
      jest
        .mocked(getAuthorityNotification)
        .mockResolvedValue(
          notification({ state: 'awaiting_approval', missingAnswers: ['breach.summary'], readyForApproval: false }),
        );
      renderAs('manager', <AuthorityNotificationSection breach={breach} />);
      expect((await screen.findByRole('button', { name: 'Goedkeuren' })).hasAttribute('disabled')).toBe(true);
      expect(screen.getByText(/Goedkeuren kan pas als het formulier compleet is/)).toBeTruthy();
    });
  });
});
