/**
 * Dates and numbers for people, through `Intl`, in the reader's language. A partial date is
 * shown at the precision it has: never a day nobody wrote.
 */
import { AS_SOON_AS_POSSIBLE } from '../schema/constants.js';
import { intlLocale, pickLanguage } from '../i18n/language.js';
import { dateTimeFormat, numberFormat, relativeTimeFormat, remembered } from './intl-cache.js';
import { parsePartialDate } from './partial-date.js';

export type DateStyle = 'short' | 'long';

// Four short phrases: cheaper kept together than loaded by language.
const AS_SOON_AS_POSSIBLE_WORDS = {
  es: 'A la brevedad',
  en: 'As soon as possible',
  pt: 'O mais breve possível',
  fr: 'Dès que possible',
} as const;

/**
 * `2021` → "2021"; `2021-03` → "marzo de 2021" / "March 2021"; `2021-03-01` → "1 de marzo de
 * 2021" / "March 1, 2021"; `asap` → "A la brevedad" / "As soon as possible" / "O mais breve possível" / "Dès que possible"; `undefined` → "".
 * Formatted in UTC, so no reader's time zone moves a day. Text that is not a date is returned
 * as it is: a value that cannot be read must still show.
 */
export function formatPartialDate(value: string | undefined, lang: string, style: DateStyle = 'long'): string {
  if (value === undefined) return '';
  if (value === AS_SOON_AS_POSSIBLE) return AS_SOON_AS_POSSIBLE_WORDS[pickLanguage(lang)];
  const parts = parsePartialDate(value);
  if (!parts) return value;
  const instant = new Date(Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1));
  // Date.UTC reads years 0-99 as 1900-1999; setUTCFullYear does not.
  instant.setUTCFullYear(parts.year);
  // Only the parts the date has: the style names the month ("mar" / "marzo").
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (parts.month !== undefined) options.month = style;
  if (parts.day !== undefined) options.day = 'numeric';
  return dateTimeFormat(intlLocale(lang), options).format(instant);
}

/**
 * A percentage given on the 0–100 scale the feed uses: `formatPercent(42.5, 'es')` → "43 %".
 * Rounded to whole numbers, except that nothing short of 100 reads "100 %" and nothing above
 * 0 reads "0 %": a commitment 99.6 % done is not done. `""` for a value that is not a number.
 */
export function formatPercent(n: number, lang: string): string {
  if (!Number.isFinite(n)) return '';
  let whole = Math.round(n);
  if (whole >= 100 && n < 100) whole = 99;
  if (whole <= 0 && n > 0) whole = 1;
  return numberFormat(intlLocale(lang), { style: 'percent' }).format(whole / 100);
}

/**
 * True when `Intl` knows `unit` as a unit identifier (`day`, `percent`, `kilometer`...).
 * Remembered either way: an indicator's own unit (`personas`) would otherwise throw each time.
 */
function isIntlUnit(unit: string): boolean {
  return remembered(`u|${unit}`, () => {
    try {
      new Intl.NumberFormat('en', { style: 'unit', unit });
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * A number in the reader's notation, with an optional unit: an `Intl` unit identifier is
 * spelled out in the reader's language (`'day'` → "5 días"); any other unit is an indicator's
 * own text (`'personas'`), put after the number. `""` for a value that is not a number.
 */
export function formatNumber(n: number, lang: string, unit?: string): string {
  if (!Number.isFinite(n)) return '';
  const locale = intlLocale(lang);
  const trimmed = unit?.trim();
  if (trimmed && isIntlUnit(trimmed)) {
    // Spelled out ("5 días"), except a percent, which reads better as its sign ("45 %").
    const unitDisplay = trimmed === 'percent' ? 'short' : 'long';
    return numberFormat(locale, { style: 'unit', unit: trimmed, unitDisplay }).format(n);
  }
  const figure = numberFormat(locale).format(n);
  // A no-break space keeps the unit on the number's line.
  return trimmed ? `${figure}\u00a0${trimmed}` : figure;
}

function toDate(date: Date | string): Date | undefined {
  const parsed = typeof date === 'string' ? new Date(date) : date;
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

/**
 * An instant (a `Date` or a timestamp such as the feed's `generatedAt`) as date and time:
 * "24 de noviembre de 2026, 15:30". In the reader's own time zone unless `timeZone` is given.
 * `""` for a value that is not a time.
 */
export function formatDateTime(date: Date | string, lang: string, timeZone?: string): string {
  const instant = toDate(date);
  if (!instant) return '';
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' };
  if (timeZone) options.timeZone = timeZone;
  return dateTimeFormat(intlLocale(lang), options).format(instant);
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Each unit, its length, and the count from which the next unit reads better. */
const UNITS: Array<[Intl.RelativeTimeFormatUnit, number, number]> = [
  ['second', SECOND, 60],
  ['minute', MINUTE, 60],
  ['hour', HOUR, 24],
  ['day', DAY, 7],
  ['week', 7 * DAY, 5],
  ['month', 30.436875 * DAY, 12],
  ['year', 365.2425 * DAY, Infinity],
];

/**
 * How long ago (or how far ahead) `date` is from `now`: "hace 5 minutos", "ayer", "in 3 days".
 * `now` is a parameter, never read from a clock, so the result can be tested and rendered
 * consistently. `""` for a value that is not a time.
 */
export function formatRelativeTime(date: Date | string, now: Date, lang: string): string {
  const instant = toDate(date);
  if (!instant || Number.isNaN(now.getTime())) return '';
  const elapsed = instant.getTime() - now.getTime();
  const format = relativeTimeFormat(intlLocale(lang), { numeric: 'auto' });
  for (const [unit, length, next] of UNITS) {
    const count = Math.round(elapsed / length);
    if (Math.abs(count) < next) return format.format(count, unit);
  }
  return '';
}
