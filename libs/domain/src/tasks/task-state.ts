export const TASK_STATES = ['open', 'done', 'not_needed'] as const;
export type TaskState = (typeof TASK_STATES)[number];

export interface TaskClock {
  state: TaskState;
  dueAt: Date | null;
}

/** Overdue: still open past its due date. Done and not-needed tasks are never overdue. */
export const isTaskOverdue = (task: TaskClock, now: Date): boolean =>
  task.state === 'open' && task.dueAt !== null && task.dueAt.getTime() <= now.getTime();

/**
 * Whether a change to a task asks for a new reminder: its assignee gets one mail when it falls
 * due; a new due date or a new assignee is a new promise, so its reminder is due again.
 */
export const remindsAgain = (
  before: { dueAt: Date | null; assigneeId: string | null },
  after: { dueAt: Date | null; assigneeId: string | null },
): boolean => before.dueAt?.getTime() !== after.dueAt?.getTime() || before.assigneeId !== after.assigneeId;

/** Problems with a state change, each naming its field. */
export function taskStateProblems(state: TaskState, notNeededReason: string | null | undefined): string[] {
  if (state === 'not_needed' && !(notNeededReason ?? '').trim())
    return ['notNeededReason must say why the task is not needed'];
  return [];
}
