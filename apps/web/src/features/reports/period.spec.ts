import { formatMonth, isIsoDate, lastTwelveMonths, lastYear, periodProblem, thisYear } from './period';

describe('report period', () => {
  it('defaults to the last 12 calendar months in Amsterdam, today inclusive', () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Amsterdam
    expect(lastTwelveMonths(new Date('2026-12-31T23:30:00Z'))).toEqual({ from: '2026-02-01', to: '2027-01-01' });
    expect(lastTwelveMonths(new Date('2026-11-25T10:00:00Z'))).toEqual({ from: '2025-12-01', to: '2026-11-25' });
    expect(lastTwelveMonths(new Date('2028-02-29T10:00:00Z'))).toEqual({ from: '2027-03-01', to: '2028-02-29' });
  });

  it('knows this year and last year', () => {
    expect(thisYear(new Date('2026-11-25T10:00:00Z'))).toEqual({ from: '2026-01-01', to: '2026-11-25' });
    expect(lastYear(new Date('2026-11-25T10:00:00Z'))).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('validates dates and order', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(periodProblem({ from: '', to: '2026-01-01' })).toBe('from');
    expect(periodProblem({ from: '2026-01-01', to: 'x' })).toBe('to');
    expect(periodProblem({ from: '2026-02-01', to: '2026-01-01' })).toBe('order');
    expect(periodProblem({ from: '2026-01-01', to: '2026-01-01' })).toBeNull();
  });

  it('names months in the UI language', () => {
    expect(formatMonth('2026-03', 'en')).toBe('Mar 2026');
    expect(formatMonth('2026-03', 'nl')).toMatch(/^mrt\.? 2026$/);
  });
});
