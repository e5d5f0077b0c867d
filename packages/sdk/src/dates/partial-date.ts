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
 * Days in a month of the Gregorian calendar, for every year (`0000` is a leap year, as in
 * ISO 8601); 0 for a month that does not exist.
 */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/**
 * True for a partial date whose day exists in its month (rejects `2023-02-30`); dates known
 * only to the month or year are true. Run on every date of every feed, so it reads the digits
 * where the pattern put them instead of splitting and building a `Date`.
 */
export function isRealCalendarDay(value: string): boolean {
  if (value.length < 10) return true;
  const day = Number(value.slice(8, 10));
  return day >= 1 && day <= daysInMonth(Number(value.slice(0, 4)), Number(value.slice(5, 7)));
}

const pad = (n: number, digits = 2) => String(n).padStart(digits, '0');

/** The first day the date can mean, as `YYYY-MM-DD` (comparable as a string). */
export function earliestDay(value: string): string {
  const parts = parsePartialDate(value);
  if (!parts) return value;
  return `${pad(parts.year, 4)}-${pad(parts.month ?? 1)}-${pad(parts.day ?? 1)}`;
}

/** The last day the date can mean, as `YYYY-MM-DD` (comparable as a string). */
export function latestDay(value: string): string {
  const parts = parsePartialDate(value);
  if (!parts) return value;
  const month = parts.month ?? 12;
  return `${pad(parts.year, 4)}-${pad(month)}-${pad(parts.day ?? daysInMonth(parts.year, month))}`;
}

/** Today (or the given clock's day) as `YYYY-MM-DD` in UTC. */
export function dayOf(clock: Date): string {
  return clock.toISOString().slice(0, 10);
}
