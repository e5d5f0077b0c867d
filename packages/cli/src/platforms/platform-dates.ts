/**
 * Dates as Decidim and Gobierto write them, read in the platform's own order and never guessed:
 * `2020-05-14`, `2020-05-10 22:36:26 UTC` (its day) and, for files that write the day first
 * (Decidim's 2017 layout, Gobierto), `20/05/2017`. Anything else does not read.
 */
const pad = (n: number) => String(n).padStart(2, '0');

function day(year: number, month: number, dayOfMonth: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== dayOfMonth)
    return undefined;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(dayOfMonth)}`;
}

export type DateOrder = 'iso' | 'iso-or-day-first';

/** The day (`YYYY-MM-DD`), or `undefined` when the text is not a date in these formats. */
export function readPlatformDate(raw: string, order: DateOrder): string | undefined {
  const text = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?(?:UTC|Z|[+-]\d{2}:?\d{2}))?)?$/.exec(
    text,
  );
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  if (order === 'iso-or-day-first' && (m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text))) {
    return day(Number(m[3]), Number(m[2]), Number(m[1]));
  }
  return undefined;
}
