import { planObligations } from '../obligations/plan-obligations';

const discoveredAt = new Date('2026-11-20T09:30:00Z');
const HOUR = 3_600_000;

describe('planObligations with snapshotted notification terms', () => {
  it('gives each customer the deadline of its own terms; others keep the 48 h default', () => {
    const plan = planObligations({
      discoveredAt,
      customerIds: ['a', 'b', 'c'],
      customerTerms: new Map([
        ['a', { deadlineHours: 24, countedFrom: 'discovery' as const }],
        ['b', { deadlineHours: 36, countedFrom: 'confirmation' as const }],
      ]),
      confirmedAt: null,
    });
    const due = (id: string) => plan.find((p) => p.customerId === id)?.dueAt?.getTime() ?? null;
    expect(due('a')).toBe(discoveredAt.getTime() + 24 * HOUR);
    expect(due('b')).toBeNull();
    expect(due('c')).toBe(discoveredAt.getTime() + 48 * HOUR);
    // The statutory AP clock is not touched by a customer's agreement.
    expect(plan.find((p) => p.kind === 'authority')?.dueAt?.getTime()).toBe(discoveredAt.getTime() + 72 * HOUR);
  });

  it('counts from confirmation once the breach is confirmed', () => {
    const confirmedAt = new Date('2026-11-21T08:00:00Z');
    const [, customer] = planObligations({
      discoveredAt,
      customerIds: ['b'],
      customerTerms: new Map([['b', { deadlineHours: 36, countedFrom: 'confirmation' as const }]]),
      confirmedAt,
    });
    expect(customer?.dueAt?.getTime()).toBe(confirmedAt.getTime() + 36 * HOUR);
  });
});
