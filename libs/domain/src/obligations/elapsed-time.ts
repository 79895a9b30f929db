/**
 * Deadlines are counted in real elapsed time, never in wall-clock time: adding hours to epoch
 * milliseconds is immune to a DST change in Europe/Amsterdam, which would otherwise stretch or
 * shrink a statutory 72 hours by one.
 */
export const MS_PER_HOUR = 3_600_000;

/** Rounded so that fractional hour settings (e.g. 0.5) still yield whole epoch milliseconds. */
export function hoursToMs(hours: number): number {
  return Math.round(hours * MS_PER_HOUR);
}

/**
 * An invalid Date would silently turn every deadline into NaN and make an overdue duty look
 * "not overdue" (NaN comparisons are false), so it is refused loudly instead.
 */
export function epochMs(name: string, instant: Date): number {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new RangeError(`${name} must be a valid date`);
  }
  return ms;
}
