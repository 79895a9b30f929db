import fc from 'fast-check';
import { amsterdamYear, breachReference, mayBePartOfReference, validateBreachTimes } from './breach-times';

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

describe('mayBePartOfReference', () => {
  it('holds for every piece of every reference, in any case', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2999 }),
        fc.integer({ min: 1, max: 999_999 }),
        fc.nat(),
        fc.nat(),
        (y, n, a, b) => {
          const ref = breachReference(y, n);
          const [from, to] = [a % ref.length, b % ref.length].sort((x, z) => x - z) as [number, number];
          const piece = ref.slice(from, to + 1);
          expect(mayBePartOfReference(piece)).toBe(true);
          expect(mayBePartOfReference(piece.toLowerCase())).toBe(true);
        },
      ),
    );
  });

  it('is false for ordinary words, which the list search then looks for in titles and descriptions only', () => {
    expect(mayBePartOfReference('ransomware')).toBe(false);
    expect(mayBePartOfReference('DL 2026')).toBe(false);
    expect(mayBePartOfReference('dl-2026')).toBe(true);
  });
});
