import type { Language } from '../../api/types';

/**
 * Dates and times as people type and read them, independent of the browser's locale: Dutch
 * "20-11-2026" and English "20/11/2026", both with a 24-hour clock, always Europe/Amsterdam
 * wall time. A native `datetime-local` picker follows the browser instead ("11/20/2026, 10:30 PM"
 * for a Dutch officer in an English browser), which is why the form fields use these.
 */

export const TIME_ZONE = 'Europe/Amsterdam';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface WallTime {
  hour: number;
  minute: number;
}

/** The format shown as the hint under the field, in the user's words. */
export const DATE_PATTERN: Record<Language, string> = { nl: 'dd-mm-jjjj', en: 'dd/mm/yyyy' };
export const TIME_PATTERN: Record<Language, string> = { nl: 'uu:mm', en: 'hh:mm' };
const DATE_SEPARATOR: Record<Language, string> = { nl: '-', en: '/' };

const pad = (n: number) => String(n).padStart(2, '0');

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function calendarDate(year: number, month: number, day: number): CalendarDate | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  return day <= daysInMonth(year, month) ? { year, month, day } : null;
}

/**
 * Day first in both languages ("20-11-2026", "20/11/2026", "20.11.2026", "2-3-2026"), or ISO
 * "2026-11-20" as pasted from elsewhere. Null for anything else, including 31-02.
 */
export function parseDateText(text: string): CalendarDate | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/.exec(value);
  if (dayFirst) return calendarDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  return null;
}

/** 24-hour "10:30", "9:05", "10.30", "1030" or a bare hour "9". Null for "25:00", "10:60" or "10:30 PM". */
export function parseTimeText(text: string): WallTime | null {
  const value = text.trim();
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(value);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  // "930" is ambiguous between 9:30 and 93:0; only accept four digits without a separator
  if (match[2] !== undefined && !/[:.]/.test(value) && value.length !== 4) return null;
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

export const formatDateText = (d: CalendarDate, lang: Language) =>
  [pad(d.day), pad(d.month), String(d.year)].join(DATE_SEPARATOR[lang]);

export const formatTimeText = (t: WallTime) => `${pad(t.hour)}:${pad(t.minute)}`;

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The Amsterdam calendar date and wall time of an instant. */
export function amsterdamWall(instant: number | string): { date: CalendarDate; time: WallTime } {
  const parts = wallClock.formatToParts(new Date(typeof instant === 'string' ? Date.parse(instant) : instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    date: { year: get('year'), month: get('month'), day: get('day') },
    time: { hour: get('hour'), minute: get('minute') },
  };
}

const sameWall = (a: { date: CalendarDate; time: WallTime }, d: CalendarDate, t: WallTime) =>
  a.date.year === d.year &&
  a.date.month === d.month &&
  a.date.day === d.day &&
  a.time.hour === t.hour &&
  a.time.minute === t.minute;

export type WallToInstant = { ok: true; iso: string } | { ok: false; reason: 'nonexistent' };

/**
 * An Amsterdam wall time as an ISO instant with its offset ("2026-11-20T10:30:00+01:00").
 * On the last Sunday of March 02:00–02:59 does not exist (clocks jump to 03:00); on the last
 * Sunday of October 02:00–02:59 happens twice, and the first (summer time, +02:00) is meant,
 * because an incident is reported as soon as it is noticed.
 */
export function amsterdamWallToIso(d: CalendarDate, t: WallTime): WallToInstant {
  const asUtc = Date.UTC(d.year, d.month - 1, d.day, t.hour, t.minute);
  // Amsterdam is UTC+1 (winter) or UTC+2 (summer): try summer first so the earlier instant wins
  for (const offsetHours of [2, 1]) {
    const instant = asUtc - offsetHours * 3_600_000;
    if (sameWall(amsterdamWall(instant), d, t)) {
      const local = `${d.year}-${pad(d.month)}-${pad(d.day)}T${pad(t.hour)}:${pad(t.minute)}:00`;
      return { ok: true, iso: `${local}+${pad(offsetHours)}:00` };
    }
  }
  return { ok: false, reason: 'nonexistent' };
}

/** The value a date-time field holds: Amsterdam wall time "2026-11-20T10:30", like datetime-local. */
export const toLocalValue = (d: CalendarDate, t: WallTime) =>
  `${d.year}-${pad(d.month)}-${pad(d.day)}T${pad(t.hour)}:${pad(t.minute)}`;

/** An instant as a field value in Amsterdam wall time. */
export function localValueOfInstant(instant: number | string): string {
  const wall = amsterdamWall(instant);
  return toLocalValue(wall.date, wall.time);
}

const LOCAL_VALUE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** A field value split into the two texts the user sees ("20-11-2026", "10:30"); empty for ''. */
export function textsOfLocalValue(value: string, lang: Language): { date: string; time: string } {
  const m = LOCAL_VALUE.exec(value);
  if (!m) return { date: '', time: '' };
  return {
    date: formatDateText({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, lang),
    time: formatTimeText({ hour: Number(m[4]), minute: Number(m[5]) }),
  };
}

/** Why two texts are not a moment; each has a translated hint (dateTime.errors.*). */
export type DateTimeProblem = 'date' | 'time' | 'dateMissing' | 'timeMissing' | 'nonexistent';

export type DateTimeTexts =
  | { kind: 'empty' }
  | { kind: 'ok'; value: string; iso: string }
  | { kind: 'invalid'; problem: DateTimeProblem };

/** The date and time texts of a field read as one Amsterdam moment. */
export function readDateTimeTexts(dateText: string, timeText: string): DateTimeTexts {
  const hasDate = dateText.trim() !== '';
  const hasTime = timeText.trim() !== '';
  if (!hasDate && !hasTime) return { kind: 'empty' };
  if (!hasDate) return { kind: 'invalid', problem: 'dateMissing' };
  const date = parseDateText(dateText);
  if (!date) return { kind: 'invalid', problem: 'date' };
  if (!hasTime) return { kind: 'invalid', problem: 'timeMissing' };
  const time = parseTimeText(timeText);
  if (!time) return { kind: 'invalid', problem: 'time' };
  const instant = amsterdamWallToIso(date, time);
  if (!instant.ok) return { kind: 'invalid', problem: 'nonexistent' };
  return { kind: 'ok', value: toLocalValue(date, time), iso: instant.iso };
}

/**
 * What a field reports while its texts are not a moment: never a valid value, so a form that
 * converts it (`amsterdamLocalToIso`) gets null and refuses to save.
 */
export const INVALID_DATE_TIME = 'invalid';

/** A field value ("2026-11-20T10:30") as an ISO instant; null for '' or an invalid value. */
export function isoOfLocalValue(value: string): string | null {
  const m = LOCAL_VALUE.exec(value);
  if (!m) return null;
  const result = amsterdamWallToIso(
    { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) },
    { hour: Number(m[4]), minute: Number(m[5]) },
  );
  return result.ok ? result.iso : null;
}

/** A moment for reading: "20-11-2026 10:30" (nl) or "20/11/2026 10:30" (en), Amsterdam time. */
export function formatMoment(instant: string, lang: Language): string {
  const wall = amsterdamWall(instant);
  return `${formatDateText(wall.date, lang)} ${formatTimeText(wall.time)}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as the API stores it ("2024-02-29"); null for anything else, including 2026-02-31. */
export function parseIsoDate(value: string): CalendarDate | null {
  const m = ISO_DATE.exec(value);
  return m ? calendarDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export const isoDateOf = (d: CalendarDate) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;

/** A stored calendar date for reading: "29-02-2024" (nl), "29/02/2024" (en); the text itself when it is no date. */
export function formatIsoDate(value: string, lang: Language): string {
  const date = parseIsoDate(value);
  return date ? formatDateText(date, lang) : value;
}

export type DateText = { kind: 'empty' } | { kind: 'ok'; value: string } | { kind: 'invalid' };

/** What a date field's text means: a calendar date ("2024-02-29"), nothing, or not a date. */
export function readDateText(text: string): DateText {
  if (text.trim() === '') return { kind: 'empty' };
  const date = parseDateText(text);
  return date ? { kind: 'ok', value: isoDateOf(date) } : { kind: 'invalid' };
}
