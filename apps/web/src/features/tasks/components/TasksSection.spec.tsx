import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiError } from '../../../api/api-error';
import type { User } from '../../../api/types';
import { renderWithProviders, testQueryClient } from '../../../testing/render-with-providers';
import { meQueryKey } from '../../../shared/session/auth-api';
import { type DirectoryUser, userDirectoryQueryKey } from '../../../shared/users/user-directory-api';
import { addTask, listTasks, type Task, updateTask } from '../api/tasks-api';
import { TasksSection } from './TasksSection';

jest.mock('../api/tasks-api', () => ({
  ...jest.requireActual('../api/tasks-api'),
  listTasks: jest.fn(),
  addTask: jest.fn(),
  updateTask: jest.fn(),
}));

const user = (role: User['role']) =>
  ({ id: 'u-me', role, name: 'Olga Officier', email: 'olga@lekwacht.test', language: 'nl', active: true }) as User;
const directory: DirectoryUser[] = [
  { id: 'u-me', name: 'Olga Officier', role: 'officer' },
  { id: 'u-dirk', name: 'Dirk Directeur', role: 'manager' },
  { id: 'u-bea', name: 'Bea Beheer', role: 'admin' },
];

const task = (over: Partial<Task> = {}): Task => ({
  id: 't1',
  breachId: 'b1',
  title: 'Aangifte doen',
  assignee: { id: 'u-me', name: 'Olga Officier' },
  // 09:30 UTC is 10:30 in Amsterdam (CET)
  dueAt: '2026-11-20T09:30:00.000Z',
  state: 'open',
  notNeededReason: null,
  closedAt: null,
  closedBy: null,
  overdue: false,
  createdAt: '2026-11-19T09:30:00.000Z',
  ...over,
});

function renderSection(status: 'open' | 'closed' = 'open', role: User['role'] = 'officer') {
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, user(role));
  queryClient.setQueryData(userDirectoryQueryKey, directory);
  return renderWithProviders(<TasksSection breach={{ id: 'b1', status }} />, { queryClient });
}

describe('TasksSection', () => {
  beforeEach(() => {
    jest.mocked(listTasks).mockReset();
    jest.mocked(addTask).mockReset();
    jest.mocked(updateTask).mockReset();
  });

  it('lists tasks with assignee, Amsterdam due time, progress and what is overdue', async () => {
    jest
      .mocked(listTasks)
      .mockResolvedValue([
        task({ overdue: true }),
        task({ id: 't2', title: 'Schijf versleuteld?', state: 'not_needed', notNeededReason: 'BitLocker aan' }),
        task({ id: 't3', title: 'Niemand', assignee: null, dueAt: null }),
      ]);
    renderSection();
    const region = await screen.findByRole('region', { name: 'Taken' });
    await within(region).findByText('Aangifte doen');
    expect(region.textContent).toContain('1 van 3 afgerond');
    expect(region.textContent).toContain('1 verlopen');
    expect(region.textContent).toMatch(/Voor Olga Officier · uiterlijk .*20.*10:30/);
    expect(region.textContent).toContain('Niet nodig: BitLocker aan');
    expect(region.textContent).toContain('Nog niemand toegewezen · geen deadline');
  });

  it('ticks a task off in one click', async () => {
    jest.mocked(listTasks).mockResolvedValue([task()]);
    jest.mocked(updateTask).mockResolvedValue(task({ state: 'done' }));
    renderSection();
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Aangifte doen' }));
    await waitFor(() => expect(updateTask).toHaveBeenCalledWith('b1', 't1', { state: 'done' }));
  });

  it('asks why before closing a task as not needed', async () => {
    jest.mocked(listTasks).mockResolvedValue([task()]);
    jest.mocked(updateTask).mockResolvedValue(task({ state: 'not_needed', notNeededReason: 'n.v.t.' }));
    renderSection();
    fireEvent.click(await screen.findByRole('button', { name: 'Acties voor taak Aangifte doen' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Niet nodig…' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Markeren als niet nodig' }));
    expect(await within(dialog).findByText('Geef een reden.')).toBeTruthy();
    expect(updateTask).not.toHaveBeenCalled();
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Waarom is deze taak niet nodig/ }), {
      target: { value: 'Geen aangifte nodig: apparaat teruggevonden' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Markeren als niet nodig' }));
    await waitFor(() =>
      expect(updateTask).toHaveBeenCalledWith('b1', 't1', {
        state: 'not_needed',
        notNeededReason: 'Geen aangifte nodig: apparaat teruggevonden',
      }),
    );
  });

  it('adds a task for the one who adds it, and shows what the API refused', async () => {
    jest.mocked(listTasks).mockResolvedValue([]);
    jest
      .mocked(addTask)
      .mockRejectedValueOnce(new ApiError(409, ['breach is closed; its tasks can only change while it is open']));
    renderSection();
    expect(await screen.findByText(/Nog geen taken/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Taak toevoegen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Taak toevoegen' }));
    expect(await screen.findByText('Geef de taak een omschrijving.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /Wat moet er gebeuren/ }), {
      target: { value: 'Logs veiligstellen' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Taak toevoegen' }));
    await waitFor(() =>
      expect(addTask).toHaveBeenCalledWith('b1', { title: 'Logs veiligstellen', assigneeId: 'u-me', dueAt: null }),
    );
    expect(await screen.findByText('De taak kon niet worden opgeslagen')).toBeTruthy();
  });

  it('offers no changes on a closed breach', async () => {
    jest.mocked(listTasks).mockResolvedValue([task()]);
    renderSection('closed');
    const box = await screen.findByRole('checkbox', { name: 'Aangifte doen' });
    expect((box as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Taak toevoegen' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Acties voor taak/ })).toBeNull();
  });

  it('shows a load error with a retry', async () => {
    jest.mocked(listTasks).mockRejectedValue(new ApiError(500, ['boom']));
    renderSection();
    expect(await screen.findByText('De taken konden niet worden geladen')).toBeTruthy();
  });
});
