import type { BreachTab } from './breach-tabs';

interface StepObligation {
  kind: 'authority' | 'customer' | 'data_subjects';
  state: 'open' | 'fulfilled' | 'not_required';
  required: boolean | null;
  dueAt: string | null;
  overdue: boolean;
  awaitingDecision: boolean;
}

/** What the next steps read of a task (the tasks feature's `Task` has it). */
export interface StepTask {
  state: 'open' | 'done' | 'not_needed';
  dueAt: string | null;
  overdue: boolean;
}

/** One thing to do next on a breach, and the tab where it is done. */
export interface NextStep {
  key: 'assess' | 'decide' | 'notifyAuthority' | 'noticeCustomers' | 'informSubjects' | 'tasks' | 'close';
  tab: BreachTab;
  /** Past its deadline. */
  urgent: boolean;
  /** The earliest deadline it is about, if any. */
  dueAt: string | null;
  /** How many (customers, tasks). */
  count: number;
}

const earliest = (dates: (string | null)[]) =>
  dates.filter((d): d is string => d !== null).sort((a, b) => Date.parse(a) - Date.parse(b))[0] ?? null;

/**
 * What needs doing next on a breach, most pressing first: an assessment when there is none,
 * decisions waiting, each open duty that is (or may be) required, open tasks; on a breach with
 * nothing left open, closing it. Urgent (overdue) steps come before the others, then by deadline.
 */
export function nextSteps(input: {
  status: 'open' | 'closed';
  assessed: boolean;
  obligations: readonly StepObligation[];
  tasks: readonly StepTask[] | null;
}): NextStep[] {
  if (input.status === 'closed') return [];
  const steps: NextStep[] = [];
  const open = input.obligations.filter((o) => o.state === 'open');
  if (!input.assessed) steps.push({ key: 'assess', tab: 'assessment', urgent: false, dueAt: null, count: 0 });
  const waiting = open.filter((o) => o.awaitingDecision);
  if (waiting.length > 0)
    steps.push({ key: 'decide', tab: 'overview', urgent: false, dueAt: null, count: waiting.length });
  const due = (kind: StepObligation['kind']) =>
    open.filter((o) => o.kind === kind && o.required !== false && !o.awaitingDecision);
  const openTasks = (input.tasks ?? []).filter((t) => t.state === 'open');
  const groups: [NextStep['key'], BreachTab, readonly { dueAt: string | null; overdue: boolean }[]][] = [
    ['notifyAuthority', 'authority', due('authority')],
    ['noticeCustomers', 'customers', due('customer')],
    // informing the people is a step once it is known to be required (an open question is the assessment's)
    ['informSubjects', 'overview', due('data_subjects').filter((o) => o.required === true)],
    ['tasks', 'tasks', openTasks],
  ];
  for (const [key, tab, items] of groups)
    if (items.length > 0)
      steps.push({
        key,
        tab,
        urgent: items.some((i) => i.overdue),
        dueAt: earliest(items.map((i) => i.dueAt)),
        count: items.length,
      });
  if (steps.length === 0 && open.length === 0 && input.assessed && input.tasks !== null)
    steps.push({ key: 'close', tab: 'overview', urgent: false, dueAt: null, count: 0 });
  const time = (s: NextStep) => (s.dueAt === null ? Number.POSITIVE_INFINITY : Date.parse(s.dueAt));
  return steps
    .map((s, i) => ({ s, i }))
    .sort((a, b) => Number(b.s.urgent) - Number(a.s.urgent) || time(a.s) - time(b.s) || a.i - b.i)
    .map(({ s }) => s);
}
