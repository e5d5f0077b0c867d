/**
 * Partial dates (`2021`, `2021-03`, `2021-03-01`) as ranges of days. A date known to the month
 * covers the whole month: it is "before" a day only when its last day is.
 */

export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDateParts {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

/** The parts of a partial date; `undefined` for anything else (including `"asap"`). */
export function parsePartialDate(value: string): PartialDateParts | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (day !== undefined) return { year: Number(year), month: Number(month), day: Number(day), precision: 'day' };
  if (month !== undefined) return { year: Number(year), month: Number(month), precision: 'month' };
  return { year: Number(year), precision: 'year' };
}

/** Days of each month in a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True for a partial date whose day exists in its month (rejects `2023-02-30`); dates known
 * only to the month or year are true. Run on every date of every feed, so it reads the digits
 * where the pattern put them instead of splitting and building a `Date`. Leap years are the
 * Gregorian calendar's, for every year (`0000-02-29` exists, as in ISO 8601).
 */
export function isRealCalendarDay(value: string): boolean {
  if (value.length < 10) return true;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const leapDay = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 1 : 0;
  return day >= 1 && day <= (MONTH_DAYS[month - 1] ?? 0) + leapDay;
}

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day the date can mean, as `YYYY-MM-DD` (comparable as a string). */
export function earliestDay(value: string): string {
  const parts = parsePartialDate(value);
  if (!parts) return value;
  return `${parts.year}-${pad(parts.month ?? 1)}-${pad(parts.day ?? 1)}`;
}

/** The last day the date can mean, as `YYYY-MM-DD` (comparable as a string). */
export function latestDay(value: string): string {
  const parts = parsePartialDate(value);
  if (!parts) return value;
  const month = parts.month ?? 12;
  return `${parts.year}-${pad(month)}-${pad(parts.day ?? daysInMonth(parts.year, month))}`;
}

/** Today (or the given clock's day) as `YYYY-MM-DD` in UTC. */
export function dayOf(clock: Date): string {
  return clock.toISOString().slice(0, 10);
}
