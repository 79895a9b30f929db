import fc from 'fast-check';
import { type ObligationClock, isLate, isOverdue, nextOverdueChange, timeLeftMs } from './lateness';

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

describe('nextOverdueChange', () => {
  const now = new Date('2026-11-23T09:00:00Z');

  it('is one millisecond after the earliest deadline still ahead of an open obligation', () => {
    const obligations: ObligationClock[] = [
      { state: 'open', dueAt: new Date('2026-11-23T12:00:00Z') },
      { state: 'open', dueAt: dueAt },
      { state: 'open', dueAt: new Date('2026-11-23T08:00:00Z') }, // overdue already: stays overdue
      { state: 'fulfilled', dueAt: new Date('2026-11-23T09:10:00Z') },
    ];
    expect(nextOverdueChange(obligations, now)).toEqual(justAfter);
  });

  it('a deadline at exactly now turns one millisecond later', () => {
    expect(nextOverdueChange([{ state: 'open', dueAt: now }], now)).toEqual(new Date(now.getTime() + 1));
  });

  it('is null when nothing open has a deadline ahead', () => {
    expect(nextOverdueChange([], now)).toBeNull();
    expect(nextOverdueChange([{ state: 'open', dueAt: null }], now)).toBeNull();
    expect(nextOverdueChange([{ state: 'not_required', dueAt }], now)).toBeNull();
  });

  it('nothing turns before it, and something turns at it', () => {
    const base = now.getTime();
    const clock = fc.record({
      state: fc.constantFrom('open', 'fulfilled', 'not_required') as fc.Arbitrary<ObligationClock['state']>,
      dueAt: fc.option(
        fc.integer({ min: -86_400_000, max: 86_400_000 }).map((ms) => new Date(base + ms)),
        { nil: null },
      ),
    });
    fc.assert(
      fc.property(fc.array(clock, { maxLength: 8 }), fc.integer({ min: 0, max: 86_400_001 }), (obligations, later) => {
        const change = nextOverdueChange(obligations, now);
        const same = (t: Date) => obligations.every((o) => isOverdue(o, t) === isOverdue(o, now));
        const t = new Date(base + later);
        if (change === null || t < change) expect(same(t)).toBe(true);
        if (change !== null) {
          expect(change.getTime()).toBeGreaterThan(base);
          expect(same(change)).toBe(false);
        }
      }),
    );
  });
});
