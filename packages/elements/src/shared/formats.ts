/**
 * The SDK's date formatting as the elements use it. The SDK reuses its `Intl` formatters.
 */
import { formatDateTime, formatPartialDate } from '@ogp-embed/sdk';
import type { DateStyle } from '@ogp-embed/sdk';

export function formatDate(value: string | undefined, locale: string, style: DateStyle = 'long'): string {
  return value === undefined ? '' : formatPartialDate(value, locale, style);
}

/** When the data was fetched, in the reader's language. */
export function formatWhen(date: Date, locale: string): string {
  return formatDateTime(date, locale);
}
