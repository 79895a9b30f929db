import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiError } from '../../../../api/api-error';
import type { User } from '../../../../api/types';
import { renderWithProviders, testQueryClient } from '../../../../testing/render-with-providers';
import { meQueryKey } from '../../../../shared/session/auth-api';
import { customersQueryKey } from '../../../../shared/customers/customers-api';
import type { Breach, Customer } from '../../../../shared/breaches/breach-types';
import { type DirectoryUser, userDirectoryQueryKey } from '../../../../shared/users/user-directory-api';
import { HandlingEditSection } from './HandlingEditSection';

const mockMutate = jest.fn();
jest.mock('./use-update-breach', () => ({
  useUpdateBreach: () => ({ mutate: mockMutate, isPending: false }),
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

const breach = (over: Partial<Breach> = {}): Breach =>
  ({
    id: 'b1',
    status: 'open',
    affectedSystems: ['CRM'],
    measuresTaken: 'INTERN: wachtwoord van Jansen gereset',
    likelyConsequences: 'INTERN: exports van beide klanten ingezien',
    contactPersonId: null,
    contactPerson: null,
    customerSummary: { nl: 'Een laptop is gestolen.', en: 'A laptop was stolen.' },
    customerMeasures: { nl: 'De laptop is op afstand gewist.', en: null },
    customerConsequences: { nl: null, en: null },
    affectedCustomers: [
      { customerId: 'c-nl', customerName: 'Gemeente Bergvliet' },
      { customerId: 'c-en', customerName: 'Northwind Ltd' },
    ],
    ...over,
  }) as unknown as Breach;

function renderSection(b: Breach, { canEdit = true, withDirectory = true } = {}) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, me);
  queryClient.setQueryData(customersQueryKey, customers);
  if (withDirectory) queryClient.setQueryData(userDirectoryQueryKey, directory);
  return renderWithProviders(<HandlingEditSection breach={b} canEdit={canEdit} />, { queryClient });
}

const startEditing = () => fireEvent.click(screen.getByRole('button', { name: 'Afhandeling bewerken' }));
/** The Select's text input (its listbox is labelled the same). */
const contactInput = () =>
  screen
    .getAllByLabelText('Contactpersoon')
    .find((el): el is HTMLInputElement => el instanceof HTMLInputElement && el.type !== 'hidden')!;
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
/** Lets Mantine's Select finish the updates it schedules after mounting (inside act, so React stays quiet). */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 50)));

jest.setTimeout(20_000);

describe('HandlingEditSection: customer texts per language and the contact person', () => {
  beforeEach(() => mockMutate.mockReset());

  it('shows what customers read per language, says what is still investigated, and warns what drafting the notices would refuse', () => {
    renderSection(breach());
    expect(screen.getByText('Maatregelen voor klanten (Nederlands)')).toBeTruthy();
    expect(screen.getByText('De laptop is op afstand gewist.')).toBeTruthy();
    expect(screen.getByText('Maatregelen voor klanten (Engels)')).toBeTruthy();
    expect(screen.getAllByText('Niet ingevuld: de kennisgeving zegt dat we dit nog onderzoeken.')).toHaveLength(3);
    expect(
      screen.getByText(/Kennisgevingen opstellen lukt pas als dit er ook is: Maatregelen voor klanten \(Engels\)/),
    ).toBeTruthy();
    expect(screen.getByText('Geen contactpersoon')).toBeTruthy();
  });

  it('asks only the languages the customers read (plus one that already has text)', async () => {
    renderSection(
      breach({
        affectedCustomers: [{ customerId: 'c-nl', customerName: 'Gemeente Bergvliet' }] as Breach['affectedCustomers'],
        customerSummary: { nl: 'Een laptop is gestolen.', en: null },
      }),
    );
    startEditing();
    expect(screen.getByLabelText('Maatregelen voor klanten (Nederlands)')).toBeTruthy();
    expect(screen.queryByLabelText('Maatregelen voor klanten (Engels)')).toBeNull();
    expect(screen.queryByLabelText('Samenvatting voor klanten (Engels)')).toBeNull();
    // the optional texts say so, and that the internal ones never reach a customer
    expect(screen.getByText(/Mag leeg blijven: de kennisgeving zegt dan dat we het nog onderzoeken/)).toBeTruthy();
    expect(screen.getAllByText(/Intern: staat nooit in een kennisgeving aan klanten/)).toHaveLength(2);
    await settle();
  });

  it('saves the English measures and consequences and a contact person chosen by searching the colleagues', async () => {
    renderSection(breach());
    startEditing();
    fireEvent.change(screen.getByLabelText('Maatregelen voor klanten (Engels)'), {
      target: { value: 'The laptop was wiped remotely.' },
    });
    fireEvent.change(screen.getByLabelText('Gevolgen voor klanten (Nederlands)'), {
      target: { value: 'Geen verwacht.' },
    });
    fireEvent.change(screen.getByLabelText('Gevolgen voor klanten (Engels)'), { target: { value: 'None expected.' } });

    const contact = contactInput();
    act(() => contact.focus()); // Mantine takes a change of an unfocused input for autofill
    fireEvent.click(contact);
    fireEvent.change(contact, { target: { value: 'dirk' } });
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).queryByText(/Kim de Wit/)).toBeNull();
    fireEvent.click(within(listbox).getByRole('option', { name: 'Dirk Directeur · Directie' }));
    save();

    await waitFor(() => expect(mockMutate).toHaveBeenCalledTimes(1));
    expect(mockMutate.mock.calls[0][0]).toEqual({
      contactPersonId: 'u-dirk',
      customerMeasures: { nl: 'De laptop is op afstand gewist.', en: 'The laptop was wiped remotely.' },
      customerConsequences: { nl: 'Geen verwacht.', en: 'None expected.' },
    });
  });

  it('keeps "nobody" possible, offers all colleagues with me marked, and a deactivated current contact by name', async () => {
    renderSection(
      breach({ contactPersonId: 'u-gone', contactPerson: { id: 'u-gone', name: 'Gerrit Weg', email: 'g@x' } }),
    );
    expect(screen.getByText('Gerrit Weg')).toBeTruthy();
    startEditing();
    fireEvent.click(contactInput());
    const listbox = await screen.findByRole('listbox');
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Geen contactpersoon',
      'Olga Officer (ik) · Privacy officer',
      'Kim de Wit · Privacy officer',
      'Dirk Directeur · Directie',
      'Gerrit Weg (niet meer actief)',
    ]);
    fireEvent.click(within(listbox).getByRole('option', { name: 'Geen contactpersoon' }));
    save();
    await waitFor(() => expect(mockMutate).toHaveBeenCalledTimes(1));
    expect(mockMutate.mock.calls[0][0]).toEqual({ contactPersonId: null });
  });

  it('falls back to me, the current contact or nobody when the colleagues cannot be loaded', async () => {
    renderSection(breach(), { withDirectory: false });
    startEditing();
    expect(await screen.findByText(/kon niet worden geladen|worden geladen/)).toBeTruthy();
    fireEvent.click(contactInput());
    const listbox = await screen.findByRole('listbox');
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Geen contactpersoon', 'Olga Officer (ik) · Privacy officer']);
  });

  it('puts a refused customer text on its own field, translated', async () => {
    mockMutate.mockImplementation((_body, { onError }: { onError: (e: unknown) => void }) =>
      onError(
        new ApiError(400, ['customerMeasures.en must be shorter than or equal to 20000 characters'], 'Bad Request', [
          {
            path: 'customerMeasures.en',
            rule: 'maxLength',
            message: 'customerMeasures.en must be shorter than or equal to 20000 characters',
            params: { limit: 20000 },
          },
        ]),
      ),
    );
    renderSection(breach());
    startEditing();
    const field = screen.getByLabelText('Maatregelen voor klanten (Engels)');
    fireEvent.change(field, { target: { value: 'Wiped.' } });
    save();
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = field.getAttribute('aria-describedby') ?? '';
    const texts = describedBy
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' | ');
    expect(texts).toContain('Gebruik hoogstens 20000 tekens.');
    expect(screen.queryByText('Opslaan is niet gelukt')).toBeNull();
  });

  it('offers no editing to someone who may not edit', () => {
    renderSection(breach(), { canEdit: false });
    expect(screen.queryByRole('button', { name: 'Afhandeling bewerken' })).toBeNull();
  });
});
