import { planObligations } from './plan-obligations';

const discoveredAt = new Date('2026-11-20T09:30:00Z');

describe('planObligations', () => {
  it('a breach affecting two customers gets one authority, two customer and one data-subject obligation', () => {
    const planned = planObligations({ discoveredAt, customerIds: ['c-1', 'c-2'] });
    expect(planned).toEqual([
      { kind: 'authority', customerId: null, basis: 'statutory', dueAt: new Date('2026-11-23T09:30:00Z') },
      { kind: 'customer', customerId: 'c-1', basis: 'policy', dueAt: new Date('2026-11-22T09:30:00Z') },
      { kind: 'customer', customerId: 'c-2', basis: 'policy', dueAt: new Date('2026-11-22T09:30:00Z') },
      { kind: 'data_subjects', customerId: null, basis: 'without_undue_delay', dueAt: null },
    ]);
  });

  it('a breach affecting no customers still gets its authority and data-subject obligations', () => {
    const kinds = planObligations({ discoveredAt, customerIds: [] }).map((ob) => ob.kind);
    expect(kinds).toEqual(['authority', 'data_subjects']);
  });

  it('a customer listed twice gets one obligation', () => {
    const customerIds = planObligations({ discoveredAt, customerIds: ['c-1', 'c-1'] })
      .filter((ob) => ob.kind === 'customer')
      .map((ob) => ob.customerId);
    expect(customerIds).toEqual(['c-1']);
  });
});
