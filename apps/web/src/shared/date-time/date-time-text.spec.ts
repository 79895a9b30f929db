import {
  amsterdamWallToIso,
  formatDateText,
  formatMoment,
  isoOfLocalValue,
  localValueOfInstant,
  parseDateText,
  parseTimeText,
  readDateTimeTexts,
  textsOfLocalValue,
} from './date-time-text';

describe('parseDateText', () => {
  it.each([
    ['20-11-2026', { year: 2026, month: 11, day: 20 }],
    ['20/11/2026', { year: 2026, month: 11, day: 20 }],
    ['20.11.2026', { year: 2026, month: 11, day: 20 }],
    [' 2-3-2026 ', { year: 2026, month: 3, day: 2 }],
    ['2026-11-20', { year: 2026, month: 11, day: 20 }],
    ['29-02-2028', { year: 2028, month: 2, day: 29 }],
  ])('reads %s day first', (text, expected) => {
    expect(parseDateText(text)).toEqual(expected);
  });

  it.each(['31-02-2026', '29-02-2026', '20-13-2026', '11/20/26', '20-11', 'morgen', '', '0-1-2026', '20-11-1850'])(
    'refuses %s',
    (text) => {
      expect(parseDateText(text)).toBeNull();
    },
  );
});

describe('parseTimeText', () => {
  it.each([
    ['10:30', { hour: 10, minute: 30 }],
    ['9:05', { hour: 9, minute: 5 }],
    ['17.40', { hour: 17, minute: 40 }],
    ['1740', { hour: 17, minute: 40 }],
    ['0:00', { hour: 0, minute: 0 }],
    ['23:59', { hour: 23, minute: 59 }],
    ['9', { hour: 9, minute: 0 }],
  ])('reads %s on a 24-hour clock', (text, expected) => {
    expect(parseTimeText(text)).toEqual(expected);
  });

  it.each(['24:00', '10:60', '5:40 PM', '930', '10:5', 'noon', ''])('refuses %s', (text) => {
    expect(parseTimeText(text)).toBeNull();
  });
});

describe('formatting in the user language, not the browser locale', () => {
  it('writes Dutch dd-mm-jjjj and English dd/mm/yyyy, both 24-hour', () => {
    expect(formatDateText({ year: 2026, month: 6, day: 12 }, 'nl')).toBe('12-06-2026');
    expect(formatDateText({ year: 2026, month: 6, day: 12 }, 'en')).toBe('12/06/2026');
    // 15:40 UTC is 17:40 in Amsterdam summer time: never "05:40 PM"
    expect(formatMoment('2026-06-12T15:40:00Z', 'nl')).toBe('12-06-2026 17:40');
    expect(formatMoment('2026-06-12T15:40:00Z', 'en')).toBe('12/06/2026 17:40');
  });

  it('splits a field value into the texts shown, and reads them back', () => {
    expect(textsOfLocalValue('2026-11-20T08:05', 'nl')).toEqual({ date: '20-11-2026', time: '08:05' });
    expect(textsOfLocalValue('2026-11-20T08:05', 'en')).toEqual({ date: '20/11/2026', time: '08:05' });
    expect(textsOfLocalValue('', 'nl')).toEqual({ date: '', time: '' });
    expect(readDateTimeTexts('20-11-2026', '08:05')).toEqual({
      kind: 'ok',
      value: '2026-11-20T08:05',
      iso: '2026-11-20T08:05:00+01:00',
    });
  });
});

describe('Europe/Amsterdam and daylight saving time', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(amsterdamWallToIso({ year: 2026, month: 1, day: 15 }, { hour: 12, minute: 0 })).toEqual({
      ok: true,
      iso: '2026-01-15T12:00:00+01:00',
    });
    expect(amsterdamWallToIso({ year: 2026, month: 7, day: 15 }, { hour: 12, minute: 0 })).toEqual({
      ok: true,
      iso: '2026-07-15T12:00:00+02:00',
    });
  });

  it('on 29 March 2026 01:59 is winter time, 02:30 does not exist and 03:00 is summer time', () => {
    const day = { year: 2026, month: 3, day: 29 };
    expect(amsterdamWallToIso(day, { hour: 1, minute: 59 })).toEqual({ ok: true, iso: '2026-03-29T01:59:00+01:00' });
    expect(amsterdamWallToIso(day, { hour: 2, minute: 30 })).toEqual({ ok: false, reason: 'nonexistent' });
    expect(amsterdamWallToIso(day, { hour: 3, minute: 0 })).toEqual({ ok: true, iso: '2026-03-29T03:00:00+02:00' });
    expect(readDateTimeTexts('29-03-2026', '02:30')).toEqual({ kind: 'invalid', problem: 'nonexistent' });
    // one real minute apart
    expect(Date.parse('2026-03-29T03:00:00+02:00') - Date.parse('2026-03-29T01:59:00+01:00')).toBe(60_000);
  });

  it('on 25 October 2026 02:30 happens twice: the first (summer time) is meant', () => {
    const day = { year: 2026, month: 10, day: 25 };
    expect(amsterdamWallToIso(day, { hour: 2, minute: 30 })).toEqual({ ok: true, iso: '2026-10-25T02:30:00+02:00' });
    expect(amsterdamWallToIso(day, { hour: 3, minute: 0 })).toEqual({ ok: true, iso: '2026-10-25T03:00:00+01:00' });
    // both 02:30s (00:30 UTC in summer time, 01:30 UTC in winter time) read as 02:30
    expect(localValueOfInstant('2026-10-25T01:30:00Z')).toBe('2026-10-25T02:30');
    expect(localValueOfInstant('2026-10-25T00:30:00Z')).toBe('2026-10-25T02:30');
  });

  it('round-trips every hour across both changes', () => {
    for (const start of [Date.parse('2026-03-28T20:00:00Z'), Date.parse('2026-10-24T20:00:00Z')]) {
      for (let h = 0; h < 12; h++) {
        const instant = start + h * 3_600_000;
        const iso = isoOfLocalValue(localValueOfInstant(instant));
        expect(iso).not.toBeNull();
        // the repeated October hour maps to its first occurrence, one hour earlier at most
        expect(instant - Date.parse(iso as string)).toBeGreaterThanOrEqual(0);
        expect(instant - Date.parse(iso as string)).toBeLessThanOrEqual(3_600_000);
      }
    }
  });
});

describe('readDateTimeTexts', () => {
  it.each([
    ['', '', { kind: 'empty' }],
    ['', '10:00', { kind: 'invalid', problem: 'dateMissing' }],
    ['20-11-2026', '', { kind: 'invalid', problem: 'timeMissing' }],
    ['11/20/2026', '10:00', { kind: 'invalid', problem: 'date' }],
    ['20-11-2026', '10:30 PM', { kind: 'invalid', problem: 'time' }],
  ])('"%s" "%s" → %j', (date, time, expected) => {
    expect(readDateTimeTexts(date, time)).toEqual(expected);
  });

  it('treats an invalid or empty field value as no instant', () => {
    expect(isoOfLocalValue('invalid')).toBeNull();
    expect(isoOfLocalValue('')).toBeNull();
    expect(isoOfLocalValue('2026-03-29T02:30')).toBeNull();
  });
});
