import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router-dom';
import { ApiError } from '../../../api/api-error';
import type { User } from '../../../api/types';
import { renderWithProviders, testQueryClient } from '../../../testing/render-with-providers';
import { meQueryKey } from '../../../shared/session/auth-api';
import { getBreach, listBreaches } from '../../../shared/breaches/breaches-api';
import { listUserDirectory } from '../../../shared/users/user-directory-api';
import {
  type AuditEvent,
  type AuditEventsPage,
  getAuditVerification,
  listAuditActions,
  listAuditEvents,
} from '../api/audit-api';
import { AuditLogPage } from './AuditLogPage';

jest.mock('../api/audit-api', () => ({
  ...jest.requireActual('../api/audit-api'),
  listAuditEvents: jest.fn(),
  listAuditActions: jest.fn(),
  getAuditVerification: jest.fn(),
}));
jest.mock('../../../shared/breaches/breaches-api', () => ({
  ...jest.requireActual('../../../shared/breaches/breaches-api'),
  listBreaches: jest.fn(),
  getBreach: jest.fn(),
}));
jest.mock('../../../shared/users/user-directory-api', () => ({
  ...jest.requireActual('../../../shared/users/user-directory-api'),
  listUserDirectory: jest.fn(),
}));

jest.setTimeout(20_000);

const BREACH_ID = '5f0c2d1e-7a3b-4c5d-8e9f-0a1b2c3d4e5f';
const OLGA = { id: '11111111-1111-4111-8111-111111111111', name: 'Olga Officier' };

const user = (role: User['role']): User =>
  ({ id: `${role}-1`, role, language: 'nl', email: `${role}@lekwacht.test`, name: role, active: true }) as User;

const event = (seq: number, over: Partial<AuditEvent> = {}): AuditEvent => ({
  seq: String(seq),
  at: '2026-03-02T10:00:00.000Z',
  actor: OLGA,
  actorLabel: OLGA.name,
  action: 'breach.updated',
  entityType: 'breach',
  entityId: BREACH_ID,
  breachId: BREACH_ID,
  breachReference: 'DL-2026-0001',
  description: { nl: `Gegevens bijgewerkt ${seq}`, en: `Facts updated ${seq}` },
  details: { before: { title: 'Oud' }, after: { title: 'Nieuw' } },
  hash: 'a'.repeat(64),
  ...over,
});

const page = (items: AuditEvent[], nextCursor: string | null): AuditEventsPage => ({ items, nextCursor });

let location = '';
function LocationProbe() {
  const l = useLocation();
  location = `${l.pathname}${l.search}`;
  return null;
}

function renderAs(role: User['role'], route = '/audit') {
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, user(role));
  return renderWithProviders(
    <>
      <AuditLogPage />
      <LocationProbe />
    </>,
    { route, queryClient },
  );
}

const table = () => screen.findByRole('table', { name: 'Auditgebeurtenissen' });

const pickOption = async (label: string, option: string) => {
  fireEvent.click(screen.getByRole('combobox', { name: label }));
  const listbox = await screen.findByRole('listbox');
  fireEvent.click(within(listbox).getByRole('option', { name: option }));
};

describe('AuditLogPage', () => {
  beforeEach(() => {
    jest.mocked(listAuditEvents).mockReset();
    jest
      .mocked(listAuditActions)
      .mockReset()
      .mockResolvedValue([
        { action: 'breach.registered', label: { nl: 'Datalek geregistreerd', en: 'Breach registered' } },
        { action: 'session.login', label: { nl: 'Ingelogd', en: 'Logged in' } },
      ]);
    jest
      .mocked(getAuditVerification)
      .mockReset()
      .mockResolvedValue({
        ok: true,
        events: 120,
        seq: 120,
        headHash: 'b'.repeat(64),
        count: 120,
      });
    jest
      .mocked(listBreaches)
      .mockReset()
      .mockResolvedValue({ items: [], total: 0 } as never);
    jest.mocked(getBreach).mockReset();
    jest
      .mocked(listUserDirectory)
      .mockReset()
      .mockResolvedValue([{ ...OLGA, role: 'officer' }]);
  });

  it('shows the chain status, then the newest events, and loads the next page on "Meer laden" until the last', async () => {
    jest
      .mocked(listAuditEvents)
      .mockImplementation(async (_filters, cursor) =>
        cursor === '2' ? page([event(1)], null) : page([event(3), event(2)], '2'),
      );
    renderAs('manager');
    const status = await screen.findByText('Keten intact');
    expect(status.closest('[role="status"]')).toBeTruthy();
    expect(screen.getByText('b'.repeat(64))).toBeTruthy();
    const rows = within(await table()).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText('Gegevens bijgewerkt 3')).toBeTruthy();
    expect(within(rows[1]!).getByText('Olga Officier')).toBeTruthy();
    expect(screen.getByText('2 gebeurtenissen getoond; er zijn er meer')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));
    await waitFor(() =>
      expect(within(screen.getByRole('table', { name: 'Auditgebeurtenissen' })).getAllByRole('row')).toHaveLength(4),
    );
    expect(listAuditEvents).toHaveBeenLastCalledWith({}, '2');
    expect(screen.queryByRole('button', { name: 'Meer laden' })).toBeNull();
    expect(screen.getByText('Alle 3 gebeurtenissen getoond')).toBeTruthy();
  });

  it('reads the breach filter from the link of the breach page and offers the CSV of the same filters', async () => {
    jest
      .mocked(getBreach)
      .mockResolvedValue({ id: BREACH_ID, reference: 'DL-2026-0001', title: 'Laptop kwijt' } as never);
    jest.mocked(listAuditEvents).mockResolvedValue(page([event(1)], null));
    renderAs('manager', `/audit?breachId=${BREACH_ID}&from=2026-03-01`);
    await table();
    expect(listAuditEvents).toHaveBeenCalledWith({ breachId: BREACH_ID, from: '2026-03-01' }, undefined);
    const csv = screen.getByRole('link', { name: 'CSV downloaden (gefilterd)' });
    expect(csv.getAttribute('href')).toBe(
      `/api/audit/events.csv?breachId=${BREACH_ID}&from=2026-03-01&delimiter=semicolon`,
    );
    expect(csv.hasAttribute('download')).toBe(true);
    // a manager opens the breach from its reference
    expect(
      within(await table())
        .getByRole('link', { name: 'DL-2026-0001' })
        .getAttribute('href'),
    ).toBe(`/breaches/${BREACH_ID}`);
  });

  it('filters by actor and action, keeping the filters in the address', async () => {
    jest.mocked(listAuditEvents).mockResolvedValue(page([event(1)], null));
    renderAs('admin');
    await table();
    await pickOption('Door', 'Olga Officier');
    await waitFor(() => expect(location).toBe(`/audit?actorId=${OLGA.id}`));
    await waitFor(() => expect(listAuditEvents).toHaveBeenLastCalledWith({ actorId: OLGA.id }, undefined));
    await pickOption('Actie', 'Datalek geregistreerd');
    await waitFor(() =>
      expect(listAuditEvents).toHaveBeenLastCalledWith({ actorId: OLGA.id, action: 'breach.registered' }, undefined),
    );
    expect(screen.getByRole('link', { name: 'CSV downloaden (gefilterd)' }).getAttribute('href')).toBe(
      `/api/audit/events.csv?actorId=${OLGA.id}&action=breach.registered&delimiter=semicolon`,
    );
  });

  it('lets an admin, who may not read breaches, narrow to a breach from a row and clear it again', async () => {
    jest.mocked(listAuditEvents).mockResolvedValue(page([event(1)], null));
    renderAs('admin');
    const rows = within(await table()).getAllByRole('row');
    // no link into the breach pages for admins, and no register search
    expect(within(rows[1]!).queryByRole('link')).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Datalek' })).toBeNull();
    fireEvent.click(within(rows[1]!).getByRole('button', { name: 'Alleen gebeurtenissen van DL-2026-0001 tonen' }));
    await waitFor(() => expect(location).toBe(`/audit?breachId=${BREACH_ID}`));
    expect(await screen.findByText('Datalek DL-2026-0001')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Filter op datalek wissen' }));
    await waitFor(() => expect(location).toBe('/audit'));
    expect(listBreaches).not.toHaveBeenCalled();
  });

  it('opens the details of an event with a button that says whether they are open', async () => {
    jest.mocked(listAuditEvents).mockResolvedValue(page([event(7)], null));
    renderAs('manager');
    const rows = within(await table()).getAllByRole('row');
    const toggle = within(rows[1]!).getByRole('button', { name: 'Details van gebeurtenis 7' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const details = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(details?.textContent).toContain('"title": "Nieuw"');
    expect(details?.textContent).toContain('"title": "Oud"');
  });

  it('stops at a period that ends before it starts, without asking the API', async () => {
    jest.mocked(listAuditEvents).mockResolvedValue(page([event(1)], null));
    renderAs('manager', '/audit?from=2026-03-10&to=2026-03-01');
    expect(await screen.findByText('Kies een geldige periode')).toBeTruthy();
    expect(screen.getByText('Mag niet eerder zijn dan de begindatum.')).toBeTruthy();
    expect(listAuditEvents).not.toHaveBeenCalled();
    // no href: the download is not offered
    expect(screen.getByText('CSV downloaden (gefilterd)').closest('a')?.hasAttribute('href')).toBe(false);
  });

  it('sets the period with the date fields, as days', async () => {
    jest.mocked(listAuditEvents).mockResolvedValue(page([event(1)], null));
    renderAs('manager');
    await table();
    const from = screen.getByRole('textbox', { name: /Vanaf/ });
    fireEvent.change(from, { target: { value: '01-03-2026' } });
    fireEvent.blur(from);
    await waitFor(() => expect(listAuditEvents).toHaveBeenLastCalledWith({ from: '2026-03-01' }, undefined));
  });

  it('says when nothing matches, and clears the filters', async () => {
    jest
      .mocked(listAuditEvents)
      .mockImplementation(async (filters) =>
        Object.keys(filters).length > 0 ? page([], null) : page([event(1)], null),
      );
    renderAs('manager', '/audit?action=session.login');
    expect(await screen.findByText('Geen gebeurtenissen gevonden')).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Filters wissen' })[0]!);
    await waitFor(() => expect(location).toBe('/audit'));
    expect(await table()).toBeTruthy();
  });

  it('shows a load error with a retry, and a refused filter translated with its field', async () => {
    jest.mocked(listAuditEvents).mockRejectedValueOnce(new ApiError(500, ['boom']));
    renderAs('manager');
    expect(await screen.findByText('De auditlog kon niet worden geladen')).toBeTruthy();
    jest.mocked(listAuditEvents).mockResolvedValue(page([event(1)], null));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' })));
    expect(await table()).toBeTruthy();
  });

  it('translates a 400 from the API with the name of the field', async () => {
    jest
      .mocked(listAuditEvents)
      .mockRejectedValue(
        new ApiError(400, ['to must not be before from'], 'Bad Request', [
          { path: 'to', rule: 'notBefore', message: 'to must not be before from', params: { other: 'from' } },
        ]),
      );
    renderAs('manager');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Deze filters worden niet geaccepteerd');
    expect(alert.textContent).toContain('Tot en met: Mag niet eerder zijn dan Vanaf.');
  });

  it('shows an empty log as such', async () => {
    jest.mocked(listAuditEvents).mockResolvedValue(page([], null));
    renderAs('admin');
    expect(await screen.findByText('Nog geen gebeurtenissen')).toBeTruthy();
  });
});
