import { amsterdamYear, breachReference, validateBreachTimes } from './breach-times';

const now = new Date('2026-11-25T12:00:00Z');

describe('validateBreachTimes', () => {
  it('accepts occurred ≤ discovered ≤ now', () => {
    expect(
      validateBreachTimes(
        {
          occurredAt: new Date('2026-11-20T08:00:00Z'),
          discoveredAt: new Date('2026-11-20T10:00:00Z'),
          containedAt: null,
        },
        now,
      ),
    ).toEqual([]);
  });

  it('names discoveredAt when it lies in the future beyond the clock skew', () => {
    expect(
      validateBreachTimes({ occurredAt: null, discoveredAt: new Date('2026-11-25T12:10:00Z'), containedAt: null }, now),
    ).toEqual(['discoveredAt must not be in the future']);
    expect(
      validateBreachTimes({ occurredAt: null, discoveredAt: new Date('2026-11-25T12:04:00Z'), containedAt: null }, now),
    ).toEqual([]);
  });

  it('names occurredAt when it is after the discovery', () => {
    expect(
      validateBreachTimes(
        {
          occurredAt: new Date('2026-11-21T00:00:00Z'),
          discoveredAt: new Date('2026-11-20T00:00:00Z'),
          containedAt: null,
        },
        now,
      ),
    ).toEqual(['occurredAt must not be after discoveredAt']);
  });

  it('names containedAt when it is before the occurrence', () => {
    expect(
      validateBreachTimes(
        {
          occurredAt: new Date('2026-11-20T00:00:00Z'),
          discoveredAt: new Date('2026-11-21T00:00:00Z'),
          containedAt: new Date('2026-11-19T00:00:00Z'),
        },
        now,
      ),
    ).toEqual(['containedAt must not be before occurredAt']);
  });
});

describe('breach references', () => {
  it('pads the number to four digits', () => {
    expect(breachReference(2026, 7)).toBe('DL-2026-0007');
    expect(breachReference(2026, 12345)).toBe('DL-2026-12345');
  });

  it('takes the year in Amsterdam: 31 December 23:30 UTC is already next year there', () => {
    expect(amsterdamYear(new Date('2026-12-31T23:30:00Z'))).toBe(2027);
    expect(amsterdamYear(new Date('2026-12-31T22:30:00Z'))).toBe(2026);
  });
});
