import { isLate, isOverdue, timeLeftMs } from './lateness';

const dueAt = new Date('2026-11-23T09:30:00Z');
const justAfter = new Date('2026-11-23T09:30:00.001Z');

describe('isOverdue', () => {
  it('an open obligation at exactly its due instant is not yet overdue', () => {
    expect(isOverdue({ state: 'open', dueAt }, dueAt)).toBe(false);
  });

  it('an open obligation one millisecond past due is overdue', () => {
    expect(isOverdue({ state: 'open', dueAt }, justAfter)).toBe(true);
  });

  it('a fulfilled obligation is never overdue, however late it is now', () => {
    expect(isOverdue({ state: 'fulfilled', dueAt }, new Date('2027-01-01T00:00:00Z'))).toBe(false);
  });

  it('a not_required obligation is never overdue', () => {
    expect(isOverdue({ state: 'not_required', dueAt }, new Date('2027-01-01T00:00:00Z'))).toBe(false);
  });

  it('the data-subject obligation without a deadline is never overdue', () => {
    expect(isOverdue({ state: 'open', dueAt: null }, new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('isLate', () => {
  it('fulfilled exactly at the due instant is on time', () => {
    expect(isLate(dueAt, dueAt)).toBe(false);
  });

  it('fulfilled one millisecond after due is late, and stays late whatever the current time', () => {
    expect(isLate(dueAt, justAfter)).toBe(true);
  });

  it('not yet fulfilled is not late (that is overdue)', () => {
    expect(isLate(dueAt, null)).toBe(false);
  });

  it('an obligation without a deadline is never late', () => {
    expect(isLate(null, justAfter)).toBe(false);
  });
});

describe('timeLeftMs', () => {
  it('counts down to the due instant', () => {
    expect(timeLeftMs(dueAt, new Date('2026-11-23T05:30:00Z'))).toBe(4 * 3_600_000);
  });

  it('is negative once overdue', () => {
    expect(timeLeftMs(dueAt, new Date('2026-11-23T12:30:00Z'))).toBe(-3 * 3_600_000);
  });

  it('is null without a deadline', () => {
    expect(timeLeftMs(null, dueAt)).toBeNull();
  });
});
