import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiError } from '../../api/api-error';
import type { User } from '../../api/types';
import { meQueryKey } from '../../shared/session/auth-api';
import type { Obligation } from '../../shared/breaches/breach-types';
import { renderWithProviders, testQueryClient } from '../../testing/render-with-providers';
import { proposeArt34Exception, recordDataSubjectsInformed } from '../../features/obligations/api/data-subjects-api';
import { NotRequiredAction } from '../../features/authority-notification/components/NotRequiredAction';
import { DataSubjectsAction } from '../../features/obligations/components/DataSubjectsAction';

jest.mock('../../features/obligations/api/data-subjects-api', () => ({
  ...jest.requireActual('../../features/obligations/api/data-subjects-api'),
  recordDataSubjectsInformed: jest.fn(),
  proposeArt34Exception: jest.fn(),
}));

const user = (role: User['role']): User =>
  ({ id: `${role}-1`, role, language: 'nl', email: `${role}@lekwacht.test`, name: role, active: true }) as User;

const obligation = (over: Partial<Obligation> = {}): Obligation =>
  ({
    id: 'o1',
    kind: 'data_subjects',
    customerId: null,
    basis: 'without_undue_delay',
    dueAt: null,
    required: true,
    state: 'open',
    fulfilledAt: null,
    late: false,
    overdue: false,
    awaitingDecision: false,
    notRequiredProposal: null,
    notRequiredDecision: null,
    dataSubjectsInformed: null,
    art34Exception: null,
    ...over,
  }) as Obligation;

/** The duty's row on the breach page: both actions side by side, as BreachDetailPage renders them. */
function renderRowAs(role: User['role'], o: Obligation) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, user(role));
  return renderWithProviders(
    <>
      <NotRequiredAction breachId="b1" obligation={o} />
      <DataSubjectsAction breachId="b1" obligation={o} />
    </>,
    { queryClient },
  );
}

function renderAs(role: User['role'], o: Obligation) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, user(role));
  return renderWithProviders(<DataSubjectsAction breachId="b1" obligation={o} />, { queryClient });
}

jest.setTimeout(20_000);

describe('DataSubjectsAction', () => {
  beforeEach(() => jest.clearAllMocks());

  it('an officer records that the people were informed; nothing is sent without a count and a text', async () => {
    (recordDataSubjectsInformed as jest.Mock).mockResolvedValue(obligation({ state: 'fulfilled' }));
    renderAs('officer', obligation());
    fireEvent.click(screen.getByRole('button', { name: 'Betrokkenen geïnformeerd vastleggen' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(screen.getByRole('button', { name: 'Vastleggen' }));
    expect(await screen.findByText('Vul een aantal van minstens 1 in.')).toBeTruthy();
    expect(screen.getByText('Vul de tekst van het bericht in, of een link ernaar.')).toBeTruthy();
    expect(recordDataSubjectsInformed).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText(/Aantal geïnformeerde betrokkenen/), { target: { value: '1500' } });
    fireEvent.change(screen.getByLabelText('Tekst van het bericht'), { target: { value: 'Beste klant, ...' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vastleggen' }));
    await waitFor(() => expect(recordDataSubjectsInformed).toHaveBeenCalledTimes(1));
    expect((recordDataSubjectsInformed as jest.Mock).mock.calls[0]).toEqual([
      'o1',
      expect.objectContaining({ channel: 'email', subjectsCount: 1500, message: 'Beste klant, ...', messageUrl: null }),
    ]);
    await waitFor(() => expect(dialog.isConnected).toBe(false));
  });

  it('disproportionate effort asks where and when the public communication was made', async () => {
    renderAs('officer', obligation());
    fireEvent.click(screen.getByRole('button', { name: 'Uitzondering art. 34(3)…' }));
    await screen.findByRole('dialog');
    expect(screen.queryByLabelText(/Waar is de openbare mededeling gedaan/)).toBeNull();
    fireEvent.click(screen.getByLabelText(/Onevenredige inspanning/));
    expect(screen.getByLabelText(/Waar is de openbare mededeling gedaan/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Onderbouwing/), {
      target: { value: 'Adressen ontbreken van oud-klanten' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Ter goedkeuring voorleggen' }));
    expect(await screen.findByText('Vul in waar de mededeling is gedaan.')).toBeTruthy();
    expect(proposeArt34Exception).not.toHaveBeenCalled();
  });

  it('shows the record once informed, and offers nothing to a manager or for another duty', () => {
    const { unmount } = renderAs(
      'manager',
      obligation({
        state: 'fulfilled',
        dataSubjectsInformed: {
          informedAt: '2026-12-07T06:31:00.000Z',
          channel: 'letter',
          subjectsCount: 12,
          message: 'Beste klant',
          messageUrl: null,
          recordedBy: { id: 'u1', name: 'Olga Officier' },
        },
      }),
    );
    expect(screen.getByText(/12 betrokkenen geïnformeerd per brief/)).toBeTruthy();
    unmount();
    renderAs('manager', obligation());
    expect(screen.queryByRole('button', { name: 'Betrokkenen geïnformeerd vastleggen' })).toBeNull();
  });

  it('a 400 in English is shown in Dutch, with the field named', async () => {
    const english = 'informedAt must not be in the future';
    (recordDataSubjectsInformed as jest.Mock).mockRejectedValue(
      new ApiError(400, [english], 'Bad Request', [{ path: 'informedAt', rule: 'notInFuture', message: english }]),
    );
    renderAs('officer', obligation());
    fireEvent.click(screen.getByRole('button', { name: 'Betrokkenen geïnformeerd vastleggen' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Aantal geïnformeerde betrokkenen/), { target: { value: '3' } });
    fireEvent.change(within(dialog).getByLabelText('Tekst van het bericht'), { target: { value: 'Beste klant' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Vastleggen' }));
    expect(await within(dialog).findByText('Geïnformeerd op: Mag niet in de toekomst liggen.')).toBeTruthy();
    expect(within(dialog).queryByText(/must not/)).toBeNull();
  });
});

describe('the data-subjects row: one clear way to settle it', () => {
  beforeEach(() => jest.clearAllMocks());

  it('while informing them is required: "informed" or an art. 34(3) ground, never a bare "not required"', () => {
    renderRowAs('officer', obligation({ required: true }));
    expect(screen.getByRole('button', { name: 'Betrokkenen geïnformeerd vastleggen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Uitzondering art. 34(3)…' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Niet vereist…' })).toBeNull();
  });

  it('before any assessment the ground is the way too', () => {
    renderRowAs('officer', obligation({ required: null }));
    expect(screen.getByRole('button', { name: 'Uitzondering art. 34(3)…' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Niet vereist…' })).toBeNull();
  });

  it('when the assessment says they need not be told: its "not required" decision, no ground asked', () => {
    renderRowAs('officer', obligation({ required: false }));
    expect(screen.getByRole('button', { name: 'Niet vereist…' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Uitzondering art. 34(3)…' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Betrokkenen geïnformeerd vastleggen' })).toBeTruthy();
  });

  it('a pending art. 34(3) ground: the manager approves it as such; nothing else is offered', () => {
    renderRowAs(
      'manager',
      obligation({
        notRequiredProposal: {
          rationale: 'Versleuteld met AES-256; sleutel niet gelekt',
          proposedAt: '2026-11-20T09:00:00.000Z',
          proposedBy: { id: 'o', name: 'Olga' },
        },
        art34Exception: { ground: 'unintelligible', publicCommunication: null },
      }),
    );
    expect(
      screen.getByText('Voorstel: uitzondering art. 34(3), informeren niet vereist (wacht op goedkeuring)'),
    ).toBeTruthy();
    expect(screen.getByText(/Grond art\. 34\(3\): \(a\) De gegevens zijn onbegrijpelijk gemaakt/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Goedkeuren' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Niet vereist…' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Uitzondering art. 34(3)…' })).toBeNull();
  });

  it('a pending decision from the assessment: the officer can still record that they were informed, not propose a ground', () => {
    renderRowAs(
      'officer',
      obligation({
        required: false,
        notRequiredProposal: {
          rationale: 'Beoordeling: geen hoog risico',
          proposedAt: '2026-11-20T09:00:00.000Z',
          proposedBy: { id: 'o', name: 'Olga' },
        },
      }),
    );
    expect(screen.getByText('Voorstel: niet vereist (wacht op goedkeuring)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Betrokkenen geïnformeerd vastleggen' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Uitzondering art. 34(3)…' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Niet vereist…' })).toBeNull();
  });

  it('other duties keep the bare "not required" proposal', () => {
    renderRowAs('officer', obligation({ kind: 'authority', basis: 'statutory' }));
    expect(screen.getByRole('button', { name: 'Niet vereist…' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Uitzondering art. 34(3)…' })).toBeNull();
  });
});
