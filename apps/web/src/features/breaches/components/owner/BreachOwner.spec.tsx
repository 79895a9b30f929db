import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiError } from '../../../../api/api-error';
import type { User } from '../../../../api/types';
import { renderWithProviders, testQueryClient } from '../../../../testing/render-with-providers';
import { meQueryKey } from '../../../../shared/session/auth-api';
import { handOverBreach } from '../../api/breach-owner-api';
import type { Breach } from '../../../../shared/breaches/breach-types';
import { breachQueryKey } from '../../../../shared/breaches/breaches-api';
import { type DirectoryUser, userDirectoryQueryKey } from '../../../../shared/users/user-directory-api';
import { HandOverButton, OwnerLabel } from './BreachOwner';

jest.mock('../../api/breach-owner-api', () => ({ handOverBreach: jest.fn() }));

const user = (role: User['role'], id = 'u-olga'): User =>
  ({ id, role, name: 'Olga Officier', email: `${role}@lekwacht.test`, language: 'nl', active: true }) as User;
const directory: DirectoryUser[] = [
  { id: 'u-olga', name: 'Olga Officier', role: 'officer' },
  { id: 'u-kim', name: 'Kim de Wit', role: 'officer' },
  { id: 'u-maarten', name: 'Maarten Manager', role: 'manager' },
  { id: 'u-ada', name: 'Ada Beheerder', role: 'admin' },
];
const breach = (over: Partial<Breach> = {}): Breach =>
  ({
    id: 'b1',
    reference: 'DL-2026-0007',
    title: 'Laptop gestolen',
    status: 'open',
    owner: { id: 'u-olga', name: 'Olga Officier' },
    ...over,
  }) as Breach;

function renderButton(b: Breach, me: User = user('officer'), withDirectory = true) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, me);
  if (withDirectory) queryClient.setQueryData(userDirectoryQueryKey, directory);
  return renderWithProviders(<HandOverButton breach={b} />, { queryClient });
}

const ownerInput = () =>
  screen
    .getAllByLabelText('Nieuwe eigenaar')
    .find((el): el is HTMLInputElement => el instanceof HTMLInputElement && el.type !== 'hidden')!;

async function chooseOwner(name: string) {
  const select = ownerInput();
  act(() => select.focus());
  fireEvent.click(select);
  const listbox = await screen.findByRole('listbox');
  fireEvent.click(within(listbox).getByRole('option', { name }));
}

describe('breach owner', () => {
  beforeEach(() => jest.mocked(handOverBreach).mockReset());

  it('names the owner, marks "you", and says when there is none', () => {
    const queryClient = testQueryClient();
    queryClient.setQueryData(meQueryKey, user('officer', 'u-kim'));
    renderWithProviders(
      <>
        <OwnerLabel owner={{ id: 'u-olga', name: 'Olga Officier' }} />
        <OwnerLabel owner={{ id: 'u-kim', name: 'Kim de Wit' }} />
        <OwnerLabel owner={null} />
      </>,
      { queryClient },
    );
    expect(screen.getByText('Eigenaar: Olga Officier')).toBeTruthy();
    expect(screen.getByText('Eigenaar: Kim de Wit (jij)')).toBeTruthy();
    expect(screen.getByText('Geen eigenaar')).toBeTruthy();
  });

  it('offers only active officers, the current owner disabled, and hands over to the one chosen', async () => {
    const handedOver = breach({ owner: { id: 'u-kim', name: 'Kim de Wit' } });
    jest.mocked(handOverBreach).mockResolvedValue(handedOver);
    const { queryClient } = renderButton(breach(), user('manager', 'u-maarten'));
    fireEvent.click(screen.getByRole('button', { name: 'Overdragen' }));
    const dialog = await screen.findByRole('dialog', { name: 'DL-2026-0007 overdragen' });
    expect(within(dialog).getByText(/De nieuwe eigenaar krijgt een e-mail/)).toBeTruthy();
    const confirm = within(dialog).getByRole('button', { name: 'Overdragen' });
    expect(confirm.hasAttribute('disabled')).toBe(true);

    const select = ownerInput();
    act(() => select.focus());
    fireEvent.click(select);
    const listbox = await screen.findByRole('listbox');
    const options = within(listbox).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Olga Officier (huidige eigenaar)', 'Kim de Wit']);
    expect(options[0]!.getAttribute('data-combobox-disabled')).toBe('true');
    fireEvent.click(within(listbox).getByRole('option', { name: 'Kim de Wit' }));

    fireEvent.click(within(dialog).getByRole('button', { name: 'Overdragen' }));
    await waitFor(() => expect(handOverBreach).toHaveBeenCalledWith('b1', 'u-kim'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(queryClient.getQueryData(breachQueryKey('b1'))).toEqual(handedOver);
  });

  it('says so plainly when the chosen colleague is no longer an active officer', async () => {
    jest
      .mocked(handOverBreach)
      .mockRejectedValue(
        new ApiError(400, ['ownerId must be an active officer'], 'Bad Request', [
          { path: 'ownerId', rule: 'invalid', message: 'ownerId must be an active officer' },
        ]),
      );
    renderButton(breach());
    fireEvent.click(screen.getByRole('button', { name: 'Overdragen' }));
    await screen.findByRole('dialog');
    await chooseOwner('Kim de Wit');
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Overdragen' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Het datalek is niet overgedragen');
    expect(alert.textContent).toContain('Deze collega is geen actieve privacy officer (meer). Kies iemand anders.');
    expect(alert.textContent).not.toContain('ownerId');
  });

  it('translates a refusal because the breach was closed meanwhile', async () => {
    jest
      .mocked(handOverBreach)
      .mockRejectedValue(
        new ApiError(409, ['breach is closed; reopen it before handing it over'], 'Conflict', [
          { path: 'breach', rule: 'closed', message: 'breach is closed; reopen it before handing it over' },
        ]),
      );
    renderButton(breach());
    fireEvent.click(screen.getByRole('button', { name: 'Overdragen' }));
    await screen.findByRole('dialog');
    await chooseOwner('Kim de Wit');
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Overdragen' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Het datalek is gesloten; heropen het eerst.');
  });

  it('says when there is nobody else to hand over to', async () => {
    const queryClient = testQueryClient();
    queryClient.setQueryData(meQueryKey, user('officer'));
    queryClient.setQueryData(userDirectoryQueryKey, [directory[0], directory[2]]);
    renderWithProviders(<HandOverButton breach={breach()} />, { queryClient });
    fireEvent.click(screen.getByRole('button', { name: 'Overdragen' }));
    expect(await screen.findByText(/Er is geen andere actieve privacy officer/)).toBeTruthy();
  });

  it('is not offered on a closed breach', () => {
    renderButton(breach({ status: 'closed' }));
    expect(screen.queryByRole('button', { name: 'Overdragen' })).toBeNull();
  });

  it('is not offered to an admin', () => {
    renderButton(breach(), user('admin', 'u-ada'));
    expect(screen.queryByRole('button', { name: 'Overdragen' })).toBeNull();
  });
});
