import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { User } from '../../../api/types';
import { renderWithProviders, testQueryClient } from '../../../testing/render-with-providers';
import { meQueryKey } from '../../../shared/session/auth-api';
import { customersQueryKey } from '../../../shared/customers/customers-api';
import { toAmsterdamLocal } from '../../../shared/date-time/amsterdam-time';
import { createBreach } from '../../../shared/breaches/breaches-api';
import type { Customer } from '../../../shared/breaches/breach-types';
import { type DirectoryUser, userDirectoryQueryKey } from '../../../shared/users/user-directory-api';
import { type BreachDraft, draftKey, emptyDraft, loadDraft } from '../wizard/draft';
import { NewBreachPage } from './NewBreachPage';

jest.mock('../../../shared/breaches/breaches-api', () => ({
  ...jest.requireActual('../../../shared/breaches/breaches-api'),
  createBreach: jest.fn(),
}));

const me = {
  id: 'u-me',
  role: 'officer',
  name: 'Olga Officer',
  email: 'olga@lekwacht.test',
  language: 'nl',
  active: true,
} as User;
const directory: DirectoryUser[] = [
  { id: 'u-me', name: 'Olga Officer', role: 'officer' },
  { id: 'u-kim', name: 'Kim de Wit', role: 'officer' },
  { id: 'u-dirk', name: 'Dirk Directeur', role: 'manager' },
];
const customers = [
  { id: 'c-nl', name: 'Gemeente Bergvliet', language: 'nl' },
  { id: 'c-en', name: 'Northwind Ltd', language: 'en' },
] as unknown as Customer[];
const slice = {
  role: 'processor' as const,
  dataCategories: [],
  subjectsCount: '' as const,
  groupsOfPeople: [],
  recordsEstimate: '' as const,
};

/** A draft filled in up to the customers step, as the wizard restores it. */
function seedDraft(step: number, over: Partial<BreachDraft> = {}) {
  const values: BreachDraft = {
    ...emptyDraft(),
    title: 'Laptop gestolen',
    cause: 'lost_or_stolen_device',
    discoveredAt: toAmsterdamLocal(Date.now() - 3_600_000),
    facts: { ...emptyDraft().facts, dataCategories: ['contact'] },
    affectedCustomers: [
      { customerId: 'c-nl', language: 'nl', ...slice },
      { customerId: 'c-en', language: 'en', ...slice },
    ],
    customerSummary: { nl: 'Een laptop is gestolen.', en: 'A laptop was stolen.' },
    ...over,
  };
  window.localStorage.setItem(
    draftKey(me.id),
    JSON.stringify({ version: 1, step, values, savedAt: new Date().toISOString() }),
  );
}

function renderWizard() {
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, me);
  queryClient.setQueryData(customersQueryKey, customers);
  queryClient.setQueryData(userDirectoryQueryKey, directory);
  return renderWithProviders(<NewBreachPage assessmentPreview={() => null} />, { queryClient, route: '/breaches/new' });
}

/** The Textarea's error text (Mantine links it by aria-describedby). */
const describedText = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');

jest.setTimeout(30_000);

describe('NewBreachPage: customer texts per language and the contact person', () => {
  beforeEach(() => {
    window.localStorage.clear();
    jest.clearAllMocks();
  });

  it('asks measures and consequences for customers in each language the customers read, optional but complete once written, and sends them', async () => {
    (createBreach as jest.Mock).mockResolvedValue({ id: 'b1', reference: 'DL-2026-0001' });
    seedDraft(3);
    renderWizard();
    expect(screen.getByText('Stap 4 van 5')).toBeTruthy();
    expect(screen.getByText(/Mag leeg blijven: de kennisgeving zegt dan dat we het nog onderzoeken/)).toBeTruthy();
    expect(
      screen.getByText(/interne maatregelen en gevolgen van het datalek komen nooit in een kennisgeving/),
    ).toBeTruthy();
    const measuresNl = screen.getByLabelText('Maatregelen voor klanten (Nederlands)');
    const measuresEn = screen.getByLabelText('Maatregelen voor klanten (Engels)');
    expect(screen.getByLabelText('Gevolgen voor klanten (Nederlands)')).toBeTruthy();
    expect(screen.getByLabelText('Gevolgen voor klanten (Engels)')).toBeTruthy();
    // optional: they are not marked required
    expect(measuresNl.hasAttribute('required')).toBe(false);

    fireEvent.change(measuresNl, { target: { value: 'De laptop is op afstand gewist.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    await waitFor(() =>
      expect(describedText(measuresEn)).toContain(
        'Schrijf de maatregelen ook in het Engels, of laat ze in alle talen leeg.',
      ),
    );
    expect(screen.getByText('Stap 4 van 5')).toBeTruthy();

    // writing the English settles the error shown on it
    fireEvent.change(measuresEn, { target: { value: 'The laptop was wiped remotely.' } });
    await waitFor(() => expect(describedText(measuresEn)).not.toContain('Schrijf de maatregelen'));
    // kept in the draft as typed
    expect(loadDraft(me.id)?.values.customerMeasures).toEqual({
      nl: 'De laptop is op afstand gewist.',
      en: 'The laptop was wiped remotely.',
    });

    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(await screen.findByText('Stap 5 van 5')).toBeTruthy();
    expect(screen.getByText('The laptop was wiped remotely.')).toBeTruthy();
    expect(screen.getAllByText('Leeg: de kennisgeving zegt dat we dit nog onderzoeken')).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Datalek registreren' }));
    await waitFor(() => expect(createBreach).toHaveBeenCalledTimes(1));
    expect((createBreach as jest.Mock).mock.calls[0][0]).toMatchObject({
      customerSummary: { nl: 'Een laptop is gestolen.', en: 'A laptop was stolen.' },
      customerMeasures: { nl: 'De laptop is op afstand gewist.', en: 'The laptop was wiped remotely.' },
      customerConsequences: { nl: null, en: null },
      contactPersonId: null,
    });
  });

  it('asks no English texts when every chosen customer reads Dutch', () => {
    seedDraft(3, {
      affectedCustomers: [{ customerId: 'c-nl', language: 'nl', ...slice }],
      customerSummary: { nl: 'Een laptop is gestolen.', en: '' },
    });
    renderWizard();
    expect(screen.getByLabelText('Maatregelen voor klanten (Nederlands)')).toBeTruthy();
    expect(screen.getByLabelText('Gevolgen voor klanten (Nederlands)')).toBeTruthy();
    expect(screen.queryByLabelText('Maatregelen voor klanten (Engels)')).toBeNull();
    expect(screen.queryByLabelText('Samenvatting voor klanten (Engels)')).toBeNull();
  });

  it('chooses the contact person by searching the colleagues, keeps it in the draft and shows it for review', async () => {
    seedDraft(0);
    const view = renderWizard();
    const input = screen
      .getAllByLabelText('Contactpersoon')
      .find((el): el is HTMLInputElement => el instanceof HTMLInputElement && el.type !== 'hidden')!;
    expect(input.value).toBe('Geen contactpersoon');
    act(() => input.focus()); // Mantine takes a change of an unfocused input for autofill
    fireEvent.click(input);
    fireEvent.change(input, { target: { value: 'kim' } });
    const listbox = await screen.findByRole('listbox');
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Kim de Wit · Privacy officer']);
    fireEvent.click(within(listbox).getByRole('option', { name: 'Kim de Wit · Privacy officer' }));
    await waitFor(() => expect(loadDraft(me.id)?.values.contactPersonId).toBe('u-kim'));

    view.unmount();
    seedDraft(4, { contactPersonId: 'u-kim' });
    renderWizard();
    const what = screen.getByRole('region', { name: 'Wat is er gebeurd' });
    expect(within(what).getByText('Kim de Wit')).toBeTruthy();
  });
});
