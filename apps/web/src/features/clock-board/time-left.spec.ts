import fc from 'fast-check';
import { formatTimeLeft, timeLeft } from './time-left';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const due = Date.parse('2026-03-10T12:00:00Z');

describe('formatTimeLeft', () => {
  it('late by days and hours reads "3 d 4 u te laat"', () => {
    expect(formatTimeLeft(due, due + 3 * DAY + 4 * HOUR + 59 * MIN, 'nl')).toBe('3 d 4 u te laat');
    expect(formatTimeLeft(due, due + 3 * DAY + 4 * HOUR, 'en')).toBe('3 d 4 h late');
  });

  it('months late is still days and hours, never "7167 u 56 min"', () => {
    expect(formatTimeLeft(due, due + 7167 * HOUR + 56 * MIN, 'nl')).toBe('298 d 15 u te laat');
  });

  it('time left under a day reads hours and minutes', () => {
    expect(formatTimeLeft(due, due - (5 * HOUR + 12 * MIN + 30_000), 'nl')).toBe('nog 5 u 12 min');
    expect(formatTimeLeft(due, due - (5 * HOUR + 12 * MIN), 'en')).toBe('5 h 12 min left');
  });

  it('whole days drop the zero hours', () => {
    expect(formatTimeLeft(due, due - 2 * DAY, 'nl')).toBe('nog 2 d');
  });

  it('under an hour: minutes; at the deadline "nog 0 min", just after "0 min te laat"', () => {
    expect(formatTimeLeft(due, due - 45 * MIN, 'nl')).toBe('nog 45 min');
    expect(formatTimeLeft(due, due, 'nl')).toBe('nog 0 min');
    expect(formatTimeLeft(due, due + 1, 'nl')).toBe('0 min te laat');
    expect(formatTimeLeft(due, due + 61 * MIN, 'nl')).toBe('1 u 1 min te laat');
  });
});

describe('timeLeft (properties)', () => {
  it('days, hours and minutes add up to the whole minutes to or past the deadline', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400 * DAY, max: 400 * DAY }), (offset) => {
        const t = timeLeft(due, due - offset);
        expect(t.late).toBe(offset < 0);
        expect(t.hours).toBeLessThan(24);
        expect(t.minutes).toBeLessThan(60);
        expect(t.days * DAY + t.hours * HOUR + t.minutes * MIN).toBe(Math.floor(Math.abs(offset) / MIN) * MIN);
      }),
    );
  });

  it('the text never shows more than 23 hours or more than two units', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -400 * DAY, max: 400 * DAY }),
        fc.constantFrom('nl' as const, 'en' as const),
        (offset, lang) => {
          const text = formatTimeLeft(due, due - offset, lang);
          const numbers = text.match(/\d+/g) ?? [];
          expect(numbers.length).toBeGreaterThanOrEqual(1);
          expect(numbers.length).toBeLessThanOrEqual(2);
          const hours = /(\d+) [uh]\b/.exec(text);
          if (hours) expect(Number(hours[1])).toBeLessThan(24);
        },
      ),
    );
  });
});
