import { formatCountdown, formatDateTime } from './format';
import i18n from './i18n';

// English is fetched when first needed (Dutch is bundled): the app asks for it before rendering in English.
beforeAll(() => i18n.loadLanguages('en'));

describe('formatDateTime', () => {
  it('shows winter time (CET, UTC+1) before the March DST change', () => {
    expect(formatDateTime('2026-03-29T00:30:00Z', 'nl')).toBe('29 mrt 2026, 01:30');
  });

  it('shows summer time (CEST, UTC+2) right after the March DST change', () => {
    expect(formatDateTime('2026-03-29T01:30:00Z', 'nl')).toBe('29 mrt 2026, 03:30');
    expect(formatDateTime('2026-03-29T01:30:00Z', 'en')).toBe('29 Mar 2026, 03:30');
  });

  it('shows the repeated hour twice around the October DST change', () => {
    expect(formatDateTime('2026-10-25T00:30:00Z', 'nl')).toBe('25 okt 2026, 02:30');
    expect(formatDateTime('2026-10-25T01:30:00Z', 'en')).toBe('25 Oct 2026, 02:30');
  });

  it('accepts ISO strings with an offset', () => {
    expect(formatDateTime('2026-11-20T10:30:00+01:00', 'en')).toBe('20 Nov 2026, 10:30');
  });
});

describe('formatCountdown', () => {
  const now = Date.parse('2026-11-20T10:00:00Z');

  it('counts hours and minutes left', () => {
    expect(formatCountdown('2026-11-21T09:14:30Z', 'nl', now)).toBe('nog 23 u 14 min');
    expect(formatCountdown('2026-11-21T09:14:30Z', 'en', now)).toBe('23 h 14 min left');
  });

  it('drops zero parts', () => {
    expect(formatCountdown('2026-11-20T13:00:00Z', 'nl', now)).toBe('nog 3 u');
    expect(formatCountdown('2026-11-20T10:45:00Z', 'en', now)).toBe('45 min left');
  });

  it('says how late an overdue deadline is', () => {
    expect(formatCountdown('2026-11-20T07:00:00Z', 'nl', now)).toBe('3 u te laat');
    expect(formatCountdown('2026-11-20T07:00:00Z', 'en', now)).toBe('3 h overdue');
    expect(formatCountdown('2026-11-20T06:50:00Z', 'en', now)).toBe('3 h 10 min overdue');
  });

  it('counts real elapsed hours across the DST change (72 h stay 72 h)', () => {
    const discovered = Date.parse('2026-10-24T10:00:00+02:00');
    const due = new Date(discovered + 72 * 3_600_000).toISOString();
    expect(formatCountdown(due, 'en', discovered)).toBe('72 h left');
  });
});
