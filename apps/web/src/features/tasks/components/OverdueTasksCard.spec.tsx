import { act, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { listOverdueTasks } from '../api/tasks-api';
import { OverdueTasksCard } from './OverdueTasksCard';

jest.mock('../api/tasks-api', () => ({ ...jest.requireActual('../api/tasks-api'), listOverdueTasks: jest.fn() }));

describe('OverdueTasksCard', () => {
  it('lists overdue tasks with their breach, assignee and lateness, each linking to the tasks', async () => {
    jest.mocked(listOverdueTasks).mockResolvedValue([
      {
        taskId: 't1',
        breachId: 'b1',
        breachReference: 'DL-2026-0001',
        breachTitle: 'Laptop kwijt',
        title: 'Aangifte doen',
        dueAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
        assignee: { id: 'u1', name: 'Olga Officier' },
      },
    ]);
    renderWithProviders(<OverdueTasksCard />);
    const card = await screen.findByRole('region', { name: 'Verlopen taken' });
    expect(within(card).getByRole('link', { name: 'Aangifte doen' }).getAttribute('href')).toBe('/breaches/b1/tasks');
    expect(card.textContent).toContain('DL-2026-0001 · Laptop kwijt');
    expect(card.textContent).toContain('Voor Olga Officier');
    expect(card.textContent).toContain('3 u te laat');
  });

  it('is not there when nothing is overdue', async () => {
    jest.mocked(listOverdueTasks).mockResolvedValue([]);
    const { container } = renderWithProviders(<OverdueTasksCard />);
    // let the (empty) answer arrive and render
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(listOverdueTasks).toHaveBeenCalled();
    expect(container.querySelector('section')).toBeNull();
  });
});
