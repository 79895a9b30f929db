import fc from 'fast-check';
import {
  countTimeliness,
  judgedCount,
  NO_TIMELINESS,
  onTimeRate,
  tallyTimeliness,
  timelinessOf,
  type TimedObligation,
} from './timeliness';

const now = new Date('2026-03-20T12:00:00Z');
const past = new Date('2026-03-10T12:00:00Z');
const future = new Date('2026-03-25T12:00:00Z');
const ob = (o: Partial<TimedObligation>): TimedObligation => ({
  state: 'open',
  required: true,
  dueAt: past,
  late: false,
  ...o,
});

describe('timelinessOf', () => {
  it('a deadline met is on time, one missed and then fulfilled is late', () => {
    expect(timelinessOf(ob({ state: 'fulfilled', late: false }), now)).toBe('on_time');
    expect(timelinessOf(ob({ state: 'fulfilled', late: true }), now)).toBe('late');
  });

  it('an open obligation past its deadline is late, not "not yet counted"', () => {
    expect(timelinessOf(ob({ state: 'open' }), now)).toBe('late');
  });

  it('an unassessed open obligation past its deadline is late too (the statutory clock runs anyway)', () => {
    expect(timelinessOf(ob({ required: null }), now)).toBe('late');
  });

  it('an open obligation whose deadline is still ahead is pending', () => {
    expect(timelinessOf(ob({ dueAt: future }), now)).toBe('pending');
  });

  it('at exactly the due instant it is still pending (late is strictly after)', () => {
    expect(timelinessOf(ob({ dueAt: now }), now)).toBe('pending');
  });

  it('not required, no deadline, or assessed not required while awaiting the decision: not counted', () => {
    expect(timelinessOf(ob({ state: 'not_required', required: false }), now)).toBe('not_counted');
    expect(timelinessOf(ob({ dueAt: null }), now)).toBe('not_counted');
    expect(timelinessOf(ob({ required: false }), now)).toBe('not_counted');
  });
});

describe('onTimeRate', () => {
  it('5 due: 2 on time, 1 fulfilled late, 2 open overdue → 40 %', () => {
    const counts = countTimeliness(
      [ob({ state: 'fulfilled' }), ob({ state: 'fulfilled' }), ob({ state: 'fulfilled', late: true }), ob({}), ob({})],
      now,
    );
    expect(counts).toEqual({ onTime: 2, lateFulfilled: 1, openOverdue: 2, pending: 0 });
    expect(onTimeRate(counts)).toBe(0.4);
  });

  it('leaves pending deadlines out of the rate', () => {
    expect(onTimeRate({ onTime: 1, lateFulfilled: 0, openOverdue: 0, pending: 7 })).toBe(1);
  });

  it('is null when nothing was judged, never 0 % or 100 %', () => {
    expect(onTimeRate({ onTime: 0, lateFulfilled: 0, openOverdue: 0, pending: 3 })).toBeNull();
  });

  it('rounds to four decimals', () => {
    expect(onTimeRate({ onTime: 2, lateFulfilled: 1, openOverdue: 0, pending: 0 })).toBe(0.6667);
  });
});

const obligation: fc.Arbitrary<TimedObligation> = fc.record({
  state: fc.constantFrom('open' as const, 'fulfilled' as const, 'not_required' as const),
  required: fc.constantFrom(true, false, null),
  dueAt: fc.option(
    fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2026-06-01T00:00:00Z'), noInvalidDate: true }),
    {
      nil: null,
    },
  ),
  late: fc.boolean(),
});

describe('onTimeRate properties', () => {
  it('every obligation lands in exactly one bucket or is not counted', () => {
    fc.assert(
      fc.property(fc.array(obligation, { maxLength: 60 }), (obligations) => {
        const c = countTimeliness(obligations, now);
        const notCounted = obligations.filter((o) => timelinessOf(o, now) === 'not_counted').length;
        expect(judgedCount(c) + c.pending + notCounted).toBe(obligations.length);
      }),
    );
  });

  it('is a fraction in [0, 1], null exactly when nothing was judged', () => {
    fc.assert(
      fc.property(fc.array(obligation, { maxLength: 60 }), (obligations) => {
        const c = countTimeliness(obligations, now);
        const r = onTimeRate(c);
        if (judgedCount(c) === 0) expect(r).toBeNull();
        else {
          expect(r).not.toBeNull();
          expect(r!).toBeGreaterThanOrEqual(0);
          expect(r!).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('an open deadline that passes can only lower the rate (time never improves a missed deadline)', () => {
    fc.assert(
      fc.property(
        fc.array(obligation, { maxLength: 60 }),
        fc.integer({ min: 1, max: 200 * 24 }),
        (obligations, hours) => {
          const later = new Date(now.getTime() + hours * 3_600_000);
          const before = countTimeliness(obligations, now);
          const after = countTimeliness(obligations, later);
          expect(after.onTime).toBe(before.onTime);
          expect(after.openOverdue).toBeGreaterThanOrEqual(before.openOverdue);
          const rb = onTimeRate(before);
          const ra = onTimeRate(after);
          if (rb !== null && ra !== null) expect(ra).toBeLessThanOrEqual(rb);
        },
      ),
    );
  });

  it('counting a missed open deadline as late lowers the rate compared with ignoring it', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.integer({ min: 1, max: 50 }), (onTime, lateFulfilled, openOverdue) => {
        fc.pre(onTime + lateFulfilled > 0);
        const honest = onTimeRate({ onTime, lateFulfilled, openOverdue, pending: 0 })!;
        const flattering = onTimeRate({ onTime, lateFulfilled, openOverdue: 0, pending: 0 })!;
        expect(honest).toBeLessThanOrEqual(flattering);
      }),
    );
  });
});

describe('tallyTimeliness', () => {
  it('adding a group of n equals adding its n members one by one', () => {
    fc.assert(
      fc.property(obligation, fc.integer({ min: 0, max: 20 }), (o, n) => {
        const grouped = tallyTimeliness(NO_TIMELINESS, o, now, n);
        expect(grouped).toEqual(
          countTimeliness(
            Array.from({ length: n }, () => o),
            now,
          ),
        );
      }),
    );
  });
});
