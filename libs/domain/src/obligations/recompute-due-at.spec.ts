import { recomputeDueAt } from './recompute-due-at';

const originalDue = new Date('2026-11-23T09:30:00Z');
const corrected = new Date('2026-11-19T18:00:00Z');

describe('recomputeDueAt', () => {
  it('discovery corrected to earlier: an open authority obligation becomes due 72 h after the corrected time', () => {
    expect(recomputeDueAt({ kind: 'authority', state: 'open', dueAt: originalDue }, corrected)).toEqual(
      new Date('2026-11-22T18:00:00Z'),
    );
  });

  it('an open customer obligation moves to 48 h after the corrected time', () => {
    expect(recomputeDueAt({ kind: 'customer', state: 'open', dueAt: originalDue }, corrected)).toEqual(
      new Date('2026-11-21T18:00:00Z'),
    );
  });

  it('a fulfilled obligation keeps the deadline it was judged against', () => {
    expect(recomputeDueAt({ kind: 'authority', state: 'fulfilled', dueAt: originalDue }, corrected)).toBe(originalDue);
  });

  it('a not_required obligation keeps its deadline', () => {
    expect(recomputeDueAt({ kind: 'customer', state: 'not_required', dueAt: originalDue }, corrected)).toBe(
      originalDue,
    );
  });

  it('the data-subject obligation stays without a deadline', () => {
    expect(recomputeDueAt({ kind: 'data_subjects', state: 'open', dueAt: null }, corrected)).toBeNull();
  });
});
