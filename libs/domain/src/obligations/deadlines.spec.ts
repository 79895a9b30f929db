import fc from 'fast-check';
import { AUTHORITY_DEADLINE_HOURS, CUSTOMER_DEADLINE_HOURS, obligationBasis, obligationDueAt } from './deadlines';
import { MS_PER_HOUR } from './elapsed-time';

const amsterdamWallClock = (instant: Date): string =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(instant);

describe('obligationDueAt', () => {
  it('discovered Friday 23:30 before the spring DST change: authority due exactly 72 real hours later', () => {
    // 27 March 2026 23:30 CET; clocks jump 02:00 → 03:00 on Sunday 29 March.
    const discoveredAt = new Date('2026-03-27T23:30:00+01:00');
    const dueAt = obligationDueAt('authority', discoveredAt);
    expect(dueAt?.toISOString()).toBe('2026-03-30T22:30:00.000Z');
    // 72 real hours is 73 hours on the Amsterdam wall clock across the lost hour.
    expect(amsterdamWallClock(dueAt as Date)).toBe('31/03/2026, 00:30');
  });

  it('discovered Saturday 10:00 before the autumn DST change: customer due exactly 48 real hours later', () => {
    // Clocks go back 03:00 → 02:00 on Sunday 25 October 2026.
    const discoveredAt = new Date('2026-10-24T10:00:00+02:00');
    const dueAt = obligationDueAt('customer', discoveredAt);
    expect(dueAt?.toISOString()).toBe('2026-10-26T08:00:00.000Z');
    // 48 real hours is only 47 hours on the Amsterdam wall clock across the repeated hour.
    expect(amsterdamWallClock(dueAt as Date)).toBe('26/10/2026, 09:00');
  });

  it('discovered on 29 February: authority due on 3 March, customer on 2 March', () => {
    const discoveredAt = new Date('2028-02-29T14:15:00Z');
    expect(obligationDueAt('authority', discoveredAt)?.toISOString()).toBe('2028-03-03T14:15:00.000Z');
    expect(obligationDueAt('customer', discoveredAt)?.toISOString()).toBe('2028-03-02T14:15:00.000Z');
  });

  it('input with +05:30 offset: due 72 h after the same instant in UTC', () => {
    const discoveredAt = new Date('2026-11-20T10:30:00+05:30');
    expect(obligationDueAt('authority', discoveredAt)?.toISOString()).toBe('2026-11-23T05:00:00.000Z');
  });

  it('data subjects have no invented deadline', () => {
    expect(obligationDueAt('data_subjects', new Date('2026-11-20T10:30:00Z'))).toBeNull();
  });

  it('an invalid discoveredAt is refused rather than yielding an Invalid Date', () => {
    expect(() => obligationDueAt('authority', new Date('not a date'))).toThrow(RangeError);
  });

  it('for any instant 1970–2100 the authority deadline is exactly 72 h and the customer one 48 h', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1970-01-01T00:00:00Z'),
          max: new Date('2100-12-31T23:59:59.999Z'),
          noInvalidDate: true,
        }),
        (discoveredAt) => {
          const authority = obligationDueAt('authority', discoveredAt) as Date;
          const customer = obligationDueAt('customer', discoveredAt) as Date;
          expect(authority.getTime() - discoveredAt.getTime()).toBe(AUTHORITY_DEADLINE_HOURS * MS_PER_HOUR);
          expect(customer.getTime() - discoveredAt.getTime()).toBe(CUSTOMER_DEADLINE_HOURS * MS_PER_HOUR);
        },
      ),
    );
  });
});

describe('obligationBasis', () => {
  it('authority is statutory, customer is policy, data subjects without undue delay', () => {
    expect(obligationBasis('authority')).toBe('statutory');
    expect(obligationBasis('customer')).toBe('policy');
    expect(obligationBasis('data_subjects')).toBe('without_undue_delay');
  });
});
