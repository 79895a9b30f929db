import fc from 'fast-check';
import {
  checklistProblems,
  DEFAULT_CHECKLISTS,
  MAX_CHECKLIST_ITEMS,
  MAX_DUE_AFTER_HOURS,
  tasksFromChecklist,
} from './checklists';
import { isTaskOverdue, remindsAgain, taskStateProblems } from './task-state';

const HOUR = 3_600_000;

describe('checklists', () => {
  it('the default checklists are valid and cover every cause the register knows', () => {
    for (const items of Object.values(DEFAULT_CHECKLISTS)) expect(checklistProblems(items)).toEqual([]);
    expect(Object.keys(DEFAULT_CHECKLISTS).sort()).toEqual(
      [
        'employee_error',
        'hacking',
        'insider_misuse',
        'lost_or_stolen_device',
        'malware',
        'misdirected_mail',
        'other',
        'social_engineering',
      ].sort(),
    );
  });

  it('names each field that is wrong', () => {
    expect(
      checklistProblems([
        { title: '  ', dueAfterHours: 4 },
        { title: 'x'.repeat(201), dueAfterHours: 1.5 },
        { title: 'ok', dueAfterHours: null },
        { title: 'late', dueAfterHours: MAX_DUE_AFTER_HOURS + 1 },
      ]),
    ).toEqual([
      'items.0.title must not be empty',
      'items.1.title must be at most 200 characters',
      `items.1.dueAfterHours must be a whole number from 0 to ${MAX_DUE_AFTER_HOURS}, or null`,
      `items.3.dueAfterHours must be a whole number from 0 to ${MAX_DUE_AFTER_HOURS}, or null`,
    ]);
    const many = Array.from({ length: MAX_CHECKLIST_ITEMS + 1 }, () => ({ title: 't', dueAfterHours: null }));
    expect(checklistProblems(many)).toEqual([`items must contain at most ${MAX_CHECKLIST_ITEMS} steps`]);
  });

  it('each task falls due exactly its hours after registration, in checklist order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            title: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0),
            dueAfterHours: fc.option(fc.integer({ min: 0, max: MAX_DUE_AFTER_HOURS }), { nil: null }),
          }),
          { maxLength: MAX_CHECKLIST_ITEMS },
        ),
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        (items, registeredAt) => {
          const tasks = tasksFromChecklist(items, registeredAt);
          expect(tasks.map((t) => t.position)).toEqual(items.map((_, i) => i));
          tasks.forEach((task, i) => {
            const hours = items[i]?.dueAfterHours ?? null;
            if (hours === null) expect(task.dueAt).toBeNull();
            else expect(task.dueAt?.getTime()).toBe(registeredAt.getTime() + hours * HOUR);
            expect(task.title).toBe(items[i]?.title.trim());
          });
        },
      ),
    );
  });
});

describe('task state', () => {
  const now = new Date('2026-12-07T12:00:00Z');

  it('is overdue only while open, from its due moment on', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000 * HOUR, max: 1000 * HOUR }), (offset) => {
        const dueAt = new Date(now.getTime() + offset);
        expect(isTaskOverdue({ state: 'open', dueAt }, now)).toBe(offset <= 0);
        expect(isTaskOverdue({ state: 'done', dueAt }, now)).toBe(false);
        expect(isTaskOverdue({ state: 'not_needed', dueAt }, now)).toBe(false);
      }),
    );
    expect(isTaskOverdue({ state: 'open', dueAt: null }, now)).toBe(false);
  });

  it('reminds again after a new due date or a new assignee, not otherwise', () => {
    const base = { dueAt: new Date(now), assigneeId: 'a' };
    expect(remindsAgain(base, { ...base, dueAt: new Date(now) })).toBe(false);
    expect(remindsAgain(base, { ...base, dueAt: new Date(now.getTime() + 1) })).toBe(true);
    expect(remindsAgain(base, { ...base, dueAt: null })).toBe(true);
    expect(remindsAgain(base, { ...base, assigneeId: 'b' })).toBe(true);
  });

  it('asks a reason for "not needed"', () => {
    expect(taskStateProblems('not_needed', ' ')).toEqual(['notNeededReason must say why the task is not needed']);
    expect(taskStateProblems('not_needed', 'no device')).toEqual([]);
    expect(taskStateProblems('done', null)).toEqual([]);
  });
});
