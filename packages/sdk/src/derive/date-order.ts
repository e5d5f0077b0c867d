/**
 * Ordering and distances of partial dates, for the derived figures. A partial date sorts by
 * its earliest day; an entry without a date sorts after every dated one.
 */
import { dayOf, earliestDay, latestDay, parsePartialDate } from '../dates/partial-date.js';

/** Sort comparator: by earliest day, undated last. Equal dates compare 0, so sorting stays stable. */
export function compareDates(a: string | undefined, b: string | undefined): number {
  const dayA = sortKey(a);
  const dayB = sortKey(b);
  return dayA < dayB ? -1 : dayA > dayB ? 1 : 0;
}

/** The earliest day, or `~` (after every digit, so after every day) when there is no date. */
function sortKey(value: string | undefined): string {
  return value !== undefined && parsePartialDate(value) ? earliestDay(value) : '~';
}

/** True when every day `value` can mean lies before the day of `now` (UTC). */
export function hasPassed(value: string | undefined, now: Date): boolean {
  if (value === undefined || !parsePartialDate(value)) return false;
  return latestDay(value) < dayOf(now);
}

/** True when the first day `value` can mean lies after the day of `now` (UTC). */
export function isInFuture(value: string | undefined, now: Date): boolean {
  if (value === undefined || !parsePartialDate(value)) return false;
  return earliestDay(value) > dayOf(now);
}

/** Whole days from the day of `now` to the `YYYY-MM-DD` day `day` (negative when it is past). */
export function daysUntil(day: string, now: Date): number {
  return (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${dayOf(now)}T00:00:00Z`)) / 86_400_000;
}
