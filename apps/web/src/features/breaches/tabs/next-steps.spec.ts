import { tabOfLocation, breachTabPath } from './breach-tabs';
import { nextSteps } from './next-steps';

const obligation = (over: Partial<Parameters<typeof nextSteps>[0]['obligations'][number]> = {}) => ({
  kind: 'authority' as const,
  state: 'open' as const,
  required: true,
  dueAt: '2026-12-10T10:00:00Z',
  overdue: false,
  awaitingDecision: false,
  ...over,
});

describe('nextSteps', () => {
  it('asks for an assessment first on a breach without one, then the duties by deadline', () => {
    const steps = nextSteps({
      status: 'open',
      assessed: false,
      obligations: [
        obligation({ kind: 'customer', required: null, dueAt: '2026-12-09T10:00:00Z' }),
        obligation({ kind: 'customer', required: null, dueAt: '2026-12-11T10:00:00Z' }),
        obligation({ kind: 'authority', required: null, dueAt: '2026-12-10T10:00:00Z' }),
      ],
      tasks: [],
    });
    expect(steps.map((s) => [s.key, s.tab, s.dueAt, s.count])).toEqual([
      ['noticeCustomers', 'customers', '2026-12-09T10:00:00Z', 2],
      ['notifyAuthority', 'authority', '2026-12-10T10:00:00Z', 1],
      ['assess', 'assessment', null, 0],
    ]);
  });

  it('puts what is overdue first, leaves out what is not required, fulfilled or waiting for a decision', () => {
    const steps = nextSteps({
      status: 'open',
      assessed: true,
      obligations: [
        obligation({ kind: 'authority', required: false, state: 'not_required' }),
        obligation({ kind: 'data_subjects', required: false }),
        obligation({ kind: 'customer', state: 'fulfilled' }),
        obligation({ kind: 'customer', awaitingDecision: true }),
      ],
      tasks: [
        { state: 'open', dueAt: '2026-12-01T10:00:00Z', overdue: true },
        { state: 'done', dueAt: '2026-11-01T10:00:00Z', overdue: false },
      ],
    });
    expect(steps.map((s) => [s.key, s.urgent, s.count])).toEqual([
      ['tasks', true, 1],
      ['decide', false, 1],
    ]);
  });

  it('tells the data subjects step only when informing them is required', () => {
    const base = { status: 'open' as const, assessed: true, tasks: [] };
    expect(nextSteps({ ...base, obligations: [obligation({ kind: 'data_subjects', required: null })] })).toEqual([]);
    expect(
      nextSteps({ ...base, obligations: [obligation({ kind: 'data_subjects', overdue: true })] }).map((s) => s.key),
    ).toEqual(['informSubjects']);
  });

  it('suggests closing when nothing is left, and nothing at all on a closed breach', () => {
    expect(nextSteps({ status: 'open', assessed: true, obligations: [], tasks: [] }).map((s) => s.key)).toEqual([
      'close',
    ]);
    // tasks still loading: no premature "close"
    expect(nextSteps({ status: 'open', assessed: true, obligations: [], tasks: null })).toEqual([]);
    expect(nextSteps({ status: 'closed', assessed: false, obligations: [obligation()], tasks: [] })).toEqual([]);
  });
});

describe('breach tabs', () => {
  it('reads the tab from the path, or an old #anchor, else the overview', () => {
    expect(tabOfLocation('tasks', '')).toBe('tasks');
    expect(tabOfLocation(undefined, '#tasks')).toBe('tasks');
    expect(tabOfLocation(undefined, '#notes')).toBe('overview');
    expect(tabOfLocation('nonsense', '')).toBe('overview');
    expect(breachTabPath('b1', 'overview')).toBe('/breaches/b1');
    expect(breachTabPath('b1', 'evidence')).toBe('/breaches/b1/evidence');
  });
});
