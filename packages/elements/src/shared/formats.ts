/**
 * The SDK's date formatting with a memory of its answers. The SDK reuses its `Intl` formatters;
 * a date also needs parsing and formatting, and a live update of a plan shows the same few
 * dates again. Percentages need no memory here: `formatPercent` is cheap once its formatter is
 * built, and `<ogp-progress-bar>` alone must stay small.
 */
import { formatDateTime, formatPartialDate } from '@ogp-embed/sdk';
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

/** When the data was fetched: the same instant is formatted once per language. */
export function formatWhen(date: Date, locale: string): string {
  return remember(`t${locale}|${date.getTime()}`, () => formatDateTime(date, locale));
}
