import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiError } from '../../../api/api-error';
import type { User } from '../../../api/types';
import { renderWithProviders, testQueryClient } from '../../../testing/render-with-providers';
import { meQueryKey } from '../../../shared/session/auth-api';
import { getBreach, listBreaches } from '../../../shared/breaches/breaches-api';
import { listMailPage, type MailPage, type MailSummary, retryMail } from '../../../shared/mail/mail-api';
import { MailboxPage } from './MailboxPage';

jest.mock('../../../shared/mail/mail-api', () => ({
  ...jest.requireActual('../../../shared/mail/mail-api'),
  listMailPage: jest.fn(),
  retryMail: jest.fn(),
  getMail: jest.fn(() => new Promise(() => undefined)),
}));
jest.mock('../../../shared/breaches/breaches-api', () => ({
  ...jest.requireActual('../../../shared/breaches/breaches-api'),
  listBreaches: jest.fn(),
  getBreach: jest.fn(),
}));

jest.setTimeout(20_000);

const BREACH_ID = '5f0c2d1e-7a3b-4c5d-8e9f-0a1b2c3d4e5f';

const user = (role: User['role']): User =>
  ({ id: `${role}-1`, role, language: 'nl', email: `${role}@lekwacht.test`, name: role, active: true }) as User;

const mail = (n: number, over: Partial<MailSummary> = {}): MailSummary => ({
  id: `m${n}`,
  to: `persoon${n}@klant.example`,
  toName: `Persoon ${n}`,
  subject: `Bericht ${n}`,
  status: 'sent',
  attempts: 1,
  lastError: null,
  sentAt: '2026-03-02T10:00:00.000Z',
  kind: 'escalation',
  breachId: null,
  createdAt: '2026-03-02T09:59:00.000Z',
  ...over,
});

const page = (items: MailSummary[], nextCursor: string | null, total: number, totalExact = true): MailPage => ({
  items,
  nextCursor,
  total,
  totalExact,
});

function renderAs(role: User['role'], route = '/mail') {
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, user(role));
  return renderWithProviders(<MailboxPage />, { route, queryClient });
}

const pickOption = async (label: string, option: string) => {
  fireEvent.click(screen.getByRole('combobox', { name: label }));
  const listbox = await screen.findByRole('listbox');
  fireEvent.click(within(listbox).getByRole('option', { name: option }));
};

describe('MailboxPage', () => {
  beforeEach(() => {
    jest.mocked(listMailPage).mockReset();
    jest.mocked(retryMail).mockReset();
    jest.mocked(listBreaches).mockReset();
    jest.mocked(getBreach).mockReset();
    jest.mocked(listBreaches).mockResolvedValue({ items: [], total: 0 } as never);
  });

  it('shows the newest page and loads the next one on "Meer laden" until the last', async () => {
    jest
      .mocked(listMailPage)
      .mockImplementation(async (_filters, cursor) =>
        cursor === 'c1' ? page([mail(3)], null, 3) : page([mail(1), mail(2)], 'c1', 3),
      );
    renderAs('officer');
    const table = await screen.findByRole('table', { name: 'Mailbox' });
    expect(within(table).getByText('Bericht 1')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('2 van 3 berichten');
    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));
    expect(await within(table).findByText('Bericht 3')).toBeTruthy();
    expect(listMailPage).toHaveBeenLastCalledWith({}, 'c1');
    expect(screen.getByRole('status').textContent).toBe('3 van 3 berichten');
    expect(screen.queryByRole('button', { name: 'Meer laden' })).toBeNull();
  });

  it('says "1.000+" when the server stopped counting', async () => {
    jest.mocked(listMailPage).mockResolvedValue(page([mail(1), mail(2)], 'c1', 1000, false));
    renderAs('officer');
    await screen.findByRole('table', { name: 'Mailbox' });
    expect(screen.getByRole('status').textContent).toBe('2 van 1.000+ berichten');
  });

  it('filters by status, kind and recipient, keeps the filters in the address and ignores bad ones there', async () => {
    jest.mocked(listMailPage).mockResolvedValue(page([mail(1)], null, 1));
    renderAs('officer', '/mail?kind=notice&status=bogus');
    await screen.findByRole('table', { name: 'Mailbox' });
    expect(listMailPage).toHaveBeenCalledWith({ kind: 'notice' }, undefined);

    await pickOption('Status', 'mislukt');
    await waitFor(() => expect(listMailPage).toHaveBeenLastCalledWith({ kind: 'notice', status: 'failed' }, undefined));

    await pickOption('Soort', 'Alle soorten');
    await waitFor(() => expect(listMailPage).toHaveBeenLastCalledWith({ status: 'failed' }, undefined));

    fireEvent.change(screen.getByRole('searchbox', { name: 'Ontvanger' }), { target: { value: ' Jansen ' } });
    await waitFor(() =>
      expect(listMailPage).toHaveBeenLastCalledWith({ status: 'failed', recipient: 'Jansen' }, undefined),
    );
  });

  it('lets an officer pick a breach from the register', async () => {
    jest.mocked(listMailPage).mockResolvedValue(page([mail(1)], null, 1));
    jest.mocked(listBreaches).mockResolvedValue({
      items: [{ id: BREACH_ID, reference: 'DL-2026-0007', title: 'Phishing bij de salarisadministratie' }],
      total: 1,
    } as never);
    jest.mocked(getBreach).mockResolvedValue({
      id: BREACH_ID,
      reference: 'DL-2026-0007',
      title: 'Phishing bij de salarisadministratie',
    } as never);
    renderAs('officer');
    await screen.findByRole('table', { name: 'Mailbox' });
    await pickOption('Datalek', 'DL-2026-0007 · Phishing bij de salarisadministratie');
    await waitFor(() => expect(listMailPage).toHaveBeenLastCalledWith({ breachId: BREACH_ID }, undefined));
  });

  it('gives an admin "send again" on failed rows only, and shows a refusal translated', async () => {
    jest
      .mocked(listMailPage)
      .mockResolvedValue(page([mail(1), mail(2, { status: 'failed', lastError: '550 no such user' })], null, 2));
    jest
      .mocked(retryMail)
      .mockRejectedValueOnce(
        new ApiError(409, ['only a failed message can be retried; this one is queued'], undefined, [
          { path: '', rule: 'conflict', message: 'only a failed message can be retried; this one is queued' },
        ]),
      )
      .mockResolvedValueOnce(mail(2, { status: 'queued' }));
    renderAs('admin');
    const table = await screen.findByRole('table', { name: 'Mailbox' });
    const buttons = within(table).getAllByRole('button', { name: /^Opnieuw versturen:/ });
    expect(buttons).toHaveLength(1);
    expect(buttons[0]!.getAttribute('aria-label')).toBe('Opnieuw versturen: Bericht 2 aan persoon2@klant.example');

    fireEvent.click(buttons[0]!);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Opnieuw versturen is niet gelukt')).toBeTruthy();
    expect(within(alert).getByText('Dit kan in de huidige toestand niet.')).toBeTruthy();
    // the Dutch screen never shows the API's English
    expect(within(alert).queryByText('only a failed message can be retried; this one is queued')).toBeNull();

    fireEvent.click(within(table).getByRole('button', { name: /^Opnieuw versturen:/ }));
    await waitFor(() => expect(retryMail).toHaveBeenCalledTimes(2));
    expect(jest.mocked(retryMail).mock.calls[1]![0]).toBe('m2');
    // the list is read again to show the new status
    await waitFor(() => expect(jest.mocked(listMailPage).mock.calls.length).toBeGreaterThan(1));
  });

  it('offers no "send again" to an officer', async () => {
    jest.mocked(listMailPage).mockResolvedValue(page([mail(2, { status: 'failed' })], null, 1));
    renderAs('officer');
    const table = await screen.findByRole('table', { name: 'Mailbox' });
    expect(within(table).getByText('mislukt')).toBeTruthy();
    expect(within(table).queryByRole('button', { name: /Opnieuw versturen/ })).toBeNull();
  });

  it('says when nothing matches the filters, and clears them', async () => {
    jest.mocked(listMailPage).mockResolvedValue(page([], null, 0));
    renderAs('officer', '/mail?status=failed');
    expect(await screen.findByText('Geen e-mail gevonden')).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Filters wissen' })[0]!);
    await waitFor(() => expect(listMailPage).toHaveBeenLastCalledWith({}, undefined));
    expect(await screen.findByText('Nog geen e-mail')).toBeTruthy();
  });

  it('shows a load error with a retry', async () => {
    jest
      .mocked(listMailPage)
      .mockRejectedValueOnce(new ApiError(500, ['boom']))
      .mockResolvedValue(page([mail(1)], null, 1));
    renderAs('officer');
    expect(await screen.findByText('De mailbox kon niet worden geladen')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    });
    expect(await screen.findByRole('table', { name: 'Mailbox' })).toBeTruthy();
  });

  it('lets an admin, who cannot search the register, clear a breach filter from a link', async () => {
    jest.mocked(listMailPage).mockResolvedValue(page([mail(1)], null, 1));
    renderAs('admin', `/mail?breachId=${BREACH_ID}`);
    await screen.findByRole('table', { name: 'Mailbox' });
    expect(listMailPage).toHaveBeenCalledWith({ breachId: BREACH_ID }, undefined);
    expect(listBreaches).not.toHaveBeenCalled();
    expect(screen.getByText('Eén datalek')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Filter op datalek wissen' }));
    await waitFor(() => expect(listMailPage).toHaveBeenLastCalledWith({}, undefined));
  });
});
