/**
 * The SDK's date and percent formatting with a memory. Building an `Intl.DateTimeFormat` or
 * `Intl.NumberFormat` costs tens of microseconds, and a live update of a plan formats the same
 * few dates and figures again: remembered, the update of one commitment stays a small share
 * of a full render.
 */
import { formatPartialDate, formatPercent } from '@ogp-embed/sdk';
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

export function formatShare(n: number, locale: string): string {
  return remember(`p${locale}|${n}`, () => formatPercent(n, locale));
}
