import { act, fireEvent, screen, within } from '@testing-library/react';
import { ApiError } from '../../../api/api-error';
import type { User } from '../../../api/types';
import { renderWithProviders, testQueryClient } from '../../../testing/render-with-providers';
import i18n from '../../../i18n/i18n';
import { meQueryKey } from '../../../shared/session/auth-api';
import type { BreachSummary } from '../../../shared/breaches/breach-types';
import { getMyWork, type MyWork } from '../api/my-work-api';
import { MyWorkPage } from './MyWorkPage';

jest.mock('../api/my-work-api', () => ({ ...jest.requireActual('../api/my-work-api'), getMyWork: jest.fn() }));

const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();
const user = (role: User['role']): User =>
  ({ id: `u-${role}`, role, name: 'Test', email: `${role}@lekwacht.test`, language: 'nl', active: true }) as User;

const owned = (id: string, reference: string): BreachSummary =>
  ({
    id,
    reference,
    title: `Titel ${reference}`,
    cause: 'other',
    status: 'open',
    discoveredAt: at(-2),
    createdAt: at(-2),
    owner: { id: 'u-officer', name: 'Test' },
    obligations: [
      {
        id: `${id}-ap`,
        kind: 'authority',
        customerId: null,
        basis: 'statutory',
        dueAt: at(70),
        required: true,
        state: 'open',
        fulfilledAt: null,
        late: false,
        overdue: false,
      },
    ],
  }) as unknown as BreachSummary;

const work = (over: Partial<MyWork> = {}): MyWork => ({
  ownedBreaches: [owned('b1', 'DL-2026-0001')],
  ownedBreachesTotal: 1,
  escalationsToAcknowledge: [
    {
      escalationId: 'e1',
      breachId: 'b2',
      breachReference: 'DL-2026-0002',
      breachTitle: 'Phishing',
      obligationKind: 'customer',
      customerName: 'Gemeente Zeist',
      dueAt: '2026-11-23T09:30:00Z',
      firedAt: '2026-11-22T21:30:00Z',
      reason: 'acknowledgement_timeout',
    },
  ],
  approvalsWaiting: [
    {
      kind: 'authority_notification',
      breachId: 'b3',
      breachReference: 'DL-2026-0003',
      breachTitle: 'Ransomware',
      obligationId: null,
      obligationKind: null,
      customerName: null,
      requestedBy: { id: 'u-o', name: 'Olga Officier' },
      requestedAt: '2026-11-22T08:00:00Z',
      dueAt: '2026-11-24T10:00:00Z',
    },
    {
      kind: 'not_required',
      breachId: 'b4',
      breachReference: 'DL-2026-0004',
      breachTitle: 'Verkeerde bijlage',
      obligationId: 'o4',
      obligationKind: 'data_subjects',
      customerName: null,
      requestedBy: { id: 'u-o', name: 'Olga Officier' },
      requestedAt: '2026-11-22T09:00:00Z',
      dueAt: null,
    },
  ],
  tasksAssigned: [
    {
      taskId: 't1',
      breachId: 'b1',
      breachReference: 'DL-2026-0001',
      breachTitle: 'Laptop kwijt',
      title: 'Aangifte doen',
      dueAt: '2026-11-22T09:30:00Z',
      overdue: true,
    },
  ],
  ...over,
});

function renderAs(role: User['role']) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, user(role));
  return renderWithProviders(<MyWorkPage />, { queryClient, route: '/my-work' });
}
const section = (name: string) => screen.findByRole('region', { name });

describe('MyWorkPage', () => {
  beforeEach(() => jest.mocked(getMyWork).mockReset());

  it('shows an officer their escalations and breaches, each linking to its place, and no approvals', async () => {
    jest.mocked(getMyWork).mockResolvedValue(work({ approvalsWaiting: [] }));
    renderAs('officer');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn werk' })).toBeTruthy();

    const escalations = await section('Escalaties om te bevestigen');
    expect(escalations.textContent).toContain('DL-2026-0002 · Phishing');
    expect(escalations.textContent).toContain('Melding aan klant Gemeente Zeist');
    expect(escalations.textContent).toContain('De contactpersoon bevestigde niet op tijd');
    // Europe/Amsterdam: 09:30 UTC is 10:30 there
    expect(escalations.textContent).toMatch(/Termijn .*23.*10:30/);
    const acknowledge = within(escalations).getByRole('link', {
      name: 'Escalatie DL-2026-0002 bekijken en bevestigen',
    });
    expect(acknowledge.getAttribute('href')).toBe('/escalations/e1');

    const mine = await section('Mijn datalekken');
    expect(within(mine).getByRole('link', { name: 'DL-2026-0001' }).getAttribute('href')).toBe('/breaches/b1');
    expect(mine.textContent).toContain('Titel DL-2026-0001');
    expect(within(mine).getByText(/^AP/)).toBeTruthy();

    expect(screen.queryByRole('region', { name: 'Wacht op mijn goedkeuring' })).toBeNull();

    const tasks = await section('Mijn taken');
    expect(tasks.textContent).toContain('Aangifte doen');
    expect(tasks.textContent).toContain('DL-2026-0001 · Laptop kwijt');
    expect(tasks.textContent).toContain('verlopen');
    const toTask = within(tasks).getByRole('link', { name: 'Naar taak Aangifte doen bij DL-2026-0001' });
    expect(toTask.getAttribute('href')).toBe('/breaches/b1/tasks');
  });

  it('shows a manager what waits for their approval, with who submitted it', async () => {
    jest.mocked(getMyWork).mockResolvedValue(work({ ownedBreaches: [], ownedBreachesTotal: 0 }));
    renderAs('manager');
    await screen.findByRole('heading', { level: 1, name: 'Mijn werk' });
    const approvals = await section('Wacht op mijn goedkeuring');
    const items = within(approvals).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('DL-2026-0003 · Ransomware');
    expect(items[0]!.textContent).toContain('Melding aan de AP');
    expect(items[0]!.textContent).toContain('Ingediend door Olga Officier');
    expect(items[1]!.textContent).toContain('Besluit "niet vereist": Informeren van betrokkenen');
    expect(items[1]!.textContent).toContain('Geen termijn');
    expect(within(items[1]!).getByRole('link', { name: 'DL-2026-0004 beoordelen' }).getAttribute('href')).toBe(
      '/breaches/b4',
    );
    // a manager owns nothing: no empty "my breaches" section
    expect(screen.queryByRole('region', { name: 'Mijn datalekken' })).toBeNull();
  });

  it('shows an admin only the escalations addressed to them', async () => {
    jest
      .mocked(getMyWork)
      .mockResolvedValue(
        work({ ownedBreaches: [], ownedBreachesTotal: 0, approvalsWaiting: [], escalationsToAcknowledge: [] }),
      );
    renderAs('admin');
    expect(await screen.findByText('Er wachten geen escalaties op jouw bevestiging.')).toBeTruthy();
    expect(screen.getAllByRole('region')).toHaveLength(1);
  });

  it('says what is empty, and links to the register when more breaches are owned than shown', async () => {
    jest
      .mocked(getMyWork)
      .mockResolvedValue(work({ escalationsToAcknowledge: [], approvalsWaiting: [], ownedBreachesTotal: 75 }));
    renderAs('officer');
    expect(await screen.findByText('Er wachten geen escalaties op jouw bevestiging.')).toBeTruthy();
    const more = within(await section('Mijn datalekken')).getByRole('link', {
      name: 'Alle 75 bekijken in het register',
    });
    expect(more.getAttribute('href')).toBe('/breaches?owner=me&status=open');
  });

  it('shows a translated load error with a retry', async () => {
    jest.mocked(getMyWork).mockRejectedValueOnce(new ApiError(500, ['boom']));
    renderAs('officer');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Je werk kon niet worden geladen');
    jest.mocked(getMyWork).mockResolvedValue(work());
    fireEvent.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('region', { name: 'Mijn datalekken' })).toBeTruthy();
  });

  it('is in English for an English user', async () => {
    jest.mocked(getMyWork).mockResolvedValue(work({ approvalsWaiting: [] }));
    await i18n.changeLanguage('en');
    try {
      renderAs('officer');
      expect(await screen.findByRole('heading', { level: 1, name: 'My work' })).toBeTruthy();
      expect(await screen.findByRole('region', { name: 'Escalations to acknowledge' })).toBeTruthy();
      expect(screen.getByRole('link', { name: 'View and acknowledge escalation DL-2026-0002' })).toBeTruthy();
    } finally {
      // the page is still mounted: switching back re-renders it
      await act(() => i18n.changeLanguage('nl'));
    }
  });
});
