const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface TimeLeft {
  late: boolean;
  days: number;
  hours: number;
  minutes: number;
}

/**
 * Whole minutes to (or past) the deadline, split into days, hours and minutes. Rounded down, as
 * the countdown chips are: "nog 0 min" up to the deadline itself, "0 min te laat" right after.
 */
export function timeLeft(dueMs: number, nowMs: number): TimeLeft {
  const left = dueMs - nowMs;
  const late = left < 0;
  const total = Math.floor(Math.abs(left) / MINUTE) * MINUTE;
  return {
    late,
    days: Math.floor(total / DAY),
    hours: Math.floor((total % DAY) / HOUR),
    minutes: Math.floor((total % HOUR) / MINUTE),
  };
}

const UNITS = { nl: { d: 'd', h: 'u', min: 'min' }, en: { d: 'd', h: 'h', min: 'min' } } as const;

/**
 * The largest two units only: "3 d 4 u te laat" (never "76 u 12 min"), "nog 5 u 12 min",
 * "12 min te laat"; a whole number of days reads "3 d".
 */
export function formatTimeLeft(dueMs: number, nowMs: number, lang: 'nl' | 'en'): string {
  const { late, days, hours, minutes } = timeLeft(dueMs, nowMs);
  const u = UNITS[lang];
  const amount =
    days > 0
      ? hours > 0
        ? `${days} ${u.d} ${hours} ${u.h}`
        : `${days} ${u.d}`
      : hours > 0
        ? `${hours} ${u.h} ${minutes} ${u.min}`
        : `${minutes} ${u.min}`;
  if (lang === 'nl') return late ? `${amount} te laat` : `nog ${amount}`;
  return late ? `${amount} late` : `${amount} left`;
}
