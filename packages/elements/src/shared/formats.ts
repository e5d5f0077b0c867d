/**
 * The SDK's date and percent formatting with a memory. Building an `Intl.DateTimeFormat` or
 * `Intl.NumberFormat` costs tens of microseconds (the SDK builds one per call), and a live
 * update of a plan formats the same few dates and figures again: remembered, the update of one
 * commitment stays a small share of a full render.
 */
import { formatDateTime, formatPartialDate, formatPercent } from '@ogp-embed/sdk';
import type { DateStyle } from '@ogp-embed/sdk';

const memory = new Map<string, string>();

function remember(key: string, make: () => string): string {
  let text = memory.get(key);
  if (text === undefined) {
    // Bounded: a page shows a few hundred distinct dates and figures; start over past that.
    if (memory.size > 2000) memory.clear();
    memory.set(key, (text = make()));
  }
  return text;
}

export function formatDate(value: string | undefined, locale: string, style: DateStyle = 'long'): string {
  return value === undefined ? '' : remember(`d${locale}|${style}|${value}`, () => formatPartialDate(value, locale, style));
}

/**
 * `formatPercent`, remembered by what it shows: between 0 and 100, the whole percent, where
 * nothing above 0 reads 0 and nothing below 100 reads 100 (test/formats.test.ts holds this to the SDK's own answers).
 * An average that moves by a fraction on each update does not build a formatter each time.
 */
export function formatShare(n: number, locale: string): string {
  const shown = n > 0 && n < 100 ? Math.min(99, Math.max(1, Math.round(n))) : Object.is(n, -0) ? '-0' : n;
  return remember(`p${locale}|${shown}`, () => formatPercent(n, locale));
}

/** When the data was fetched: the same instant is formatted once per language. */
export function formatWhen(date: Date, locale: string): string {
  return remember(`t${locale}|${date.getTime()}`, () => formatDateTime(date, locale));
}
