/**
 * Dates as OGP's sheet writes them, read into the feed's partial dates (`2021`, `2021-03`,
 * `2021-03-01`) without inventing precision:
 * - `3/1/2021`, `6/30/22`: month/day/year, OGP's usual order; `31/12/2014`: day/month/year,
 *   which some plans use. A date such as `1/7/2014` fits both: the plan's other dates decide
 *   (see `SlashOrder`), and month/day/year is the default.
 * - `01-03-2023`, `01.03.2023`: day first, as every locale that writes dates with dashes or dots
 *   does (Excel in Chile, Portugal, Germany); `12-31-2024` fits only month first and is read so.
 * - `July 2014`, `dic. 2024`, `déc. 2024`, `dic-24` (Excel's "mmm-yy"), `2014`: known to the
 *   month, to the year; month names in Spanish, English, Portuguese and French.
 * - `Quarter 1 2014`, `IV quarter of 2020`, `Spring 2015`: known to the year (a feed has no
 *   quarter precision; the year contains the quarter, so nothing false is said).
 * - `43525`: a spreadsheet's day number (days since 1899-12-30), as Excel exports a date cell.
 * - `7/16/1905`: a year (2024) typed into a date-formatted cell, which the spreadsheet took for
 *   day number 2024 and showed as a day of 1905. Read back as the year it was.
 * - `ND`, `NR`, `NA`, empty: unknown. Words such as `Ongoing` or `In progress`: unknown, reported.
 */
import { isMissing } from './markers.js';

export type SlashOrder = 'mdy' | 'dmy';

export type DateReading =
  | { kind: 'missing' }
  | { kind: 'date'; value: string }
  /** `a/b/year` whose order may be needed to read it. */
  | { kind: 'slash'; a: number; b: number; year: number; evident?: SlashOrder }
  | { kind: 'unreadable' };

const MONTHS: Record<string, number> = {};
[
  ['january', 'jan', 'enero', 'ene', 'janeiro', 'janvier', 'janv'],
  ['february', 'feb', 'febrero', 'fevereiro', 'fev', 'février', 'févr', 'fevrier', 'fevr'],
  ['march', 'mar', 'marzo', 'março', 'marco', 'mars'],
  ['april', 'apr', 'abril', 'abr', 'avril', 'avr'],
  ['may', 'mayo', 'maio', 'mai'],
  ['june', 'jun', 'junio', 'junho', 'juin'],
  ['july', 'jul', 'julio', 'julho', 'juillet', 'juil'],
  ['august', 'aug', 'agosto', 'ago', 'août', 'aout'],
  ['september', 'sep', 'sept', 'septiembre', 'setiembre', 'setembro', 'set', 'septembre'],
  ['october', 'oct', 'octubre', 'outubro', 'out', 'octobre'],
  ['november', 'nov', 'noviembre', 'novembro', 'novembre'],
  ['december', 'dec', 'diciembre', 'dic', 'dezembro', 'dez', 'décembre', 'déc', 'decembre'],
].forEach((names, index) => names.forEach((name) => (MONTHS[name] = index + 1)));

const pad = (n: number) => String(n).padStart(2, '0');
const ROMAN_QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
/** Day numbers between 1954 and 2119: anything else in a date column is not a day number. */
const SERIAL_RANGE = [20_000, 80_000] as const;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function fourDigitYear(year: string): number {
  const n = Number(year);
  if (year.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

function plausibleYear(year: number): boolean {
  return year >= 1990 && year <= 2100;
}

/** `YYYY-MM-DD` for a day that exists (not `2023-02-30`), else `undefined`. */
function day(year: number, month: number, dayOfMonth: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== dayOfMonth) return undefined;
  return `${year}-${pad(month)}-${pad(dayOfMonth)}`;
}

/** The year behind a 1900-1905 "day" that is really a year's number counted as days. */
function yearShownAsDay(year: number, month: number, dayOfMonth: number): number | undefined {
  if (year < 1900 || year > 1905) return undefined;
  const serial = Math.round((Date.UTC(year, month - 1, dayOfMonth) - EXCEL_EPOCH_MS) / 86_400_000);
  return plausibleYear(serial) ? serial : undefined;
}

/** Reads one cell of `Start Date` or `End Date`. */
export function readSheetDate(raw: string): DateReading {
  if (isMissing(raw)) return { kind: 'missing' };
  const text = raw.trim().replace(/\s+/g, ' ');
  const lower = text.toLowerCase();
  let match: RegExpExecArray | null;

  if ((match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(text))) {
    const a = Number(match[1]);
    const b = Number(match[3]);
    const year = fourDigitYear(match[4]!);
    const dayFirst = match[2] !== '/';
    const typedYear = yearShownAsDay(year, a, b);
    if (typedYear) return { kind: 'date', value: String(typedYear) };
    if (!plausibleYear(year)) return { kind: 'unreadable' };
    const asMdy = day(year, a, b);
    const asDmy = day(year, b, a);
    if (!asMdy && !asDmy) return { kind: 'unreadable' };
    if (a === b) return { kind: 'date', value: asMdy! };
    if (asMdy && asDmy) return dayFirst ? { kind: 'slash', a, b, year, evident: 'dmy' } : { kind: 'slash', a, b, year };
    return { kind: 'slash', a, b, year, evident: asMdy ? 'mdy' : 'dmy' };
  }
  if ((match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text))) {
    const year = Number(match[1]);
    if (!plausibleYear(year)) return { kind: 'unreadable' };
    if (match[3]) {
      const value = day(year, Number(match[2]), Number(match[3]));
      return value ? { kind: 'date', value } : { kind: 'unreadable' };
    }
    if (match[2]) {
      const month = Number(match[2]);
      return month >= 1 && month <= 12 ? { kind: 'date', value: `${year}-${pad(month)}` } : { kind: 'unreadable' };
    }
    return { kind: 'date', value: String(year) };
  }
  if ((match = /^(\d{5})$/.exec(text))) {
    const serial = Number(match[1]);
    if (serial < SERIAL_RANGE[0] || serial > SERIAL_RANGE[1]) return { kind: 'unreadable' };
    return { kind: 'date', value: new Date(EXCEL_EPOCH_MS + serial * 86_400_000).toISOString().slice(0, 10) };
  }
  if (
    (match = /^(\p{L}+)\.?,? (?:de |del )?(\d{4})$/u.exec(lower)) ||
    (match = /^(\p{L}+)\.?-(\d{2}|\d{4})$/u.exec(lower))
  ) {
    const month = MONTHS[match[1]!];
    const year = fourDigitYear(match[2]!);
    if (month && plausibleYear(year)) return { kind: 'date', value: `${year}-${pad(month)}` };
    if (/^(spring|summer|autumn|fall|winter)$/.test(match[1]!) && plausibleYear(year)) {
      return { kind: 'date', value: String(year) };
    }
    return { kind: 'unreadable' };
  }
  if (
    (match = /^(?:quarter|q) ?([1-4]),? (?:of )?(\d{4})$/.exec(lower)) ||
    (match = /^(i{1,3}|iv) quarter (?:of )?(\d{4})$/.exec(lower))
  ) {
    const quarter = ROMAN_QUARTERS[match[1]!] ?? Number(match[1]);
    const year = Number(match[2]);
    if (quarter >= 1 && quarter <= 4 && plausibleYear(year)) return { kind: 'date', value: String(year) };
  }
  return { kind: 'unreadable' };
}

/** The partial date a reading stands for, given the plan's slash order; `undefined` if unknown. */
export function settleDate(reading: DateReading, order: SlashOrder): string | undefined {
  switch (reading.kind) {
    case 'date':
      return reading.value;
    case 'slash': {
      const use = reading.evident ?? order;
      return use === 'mdy' ? day(reading.year, reading.a, reading.b) : day(reading.year, reading.b, reading.a);
    }
    default:
      return undefined;
  }
}

/**
 * Tallies the evident slash orders of one plan's dates. A plan written day/month/year shows it
 * in any date whose first number exceeds 12; its ambiguous dates follow the same order.
 */
export class SlashOrderTally {
  private mdy = 0;
  private dmy = 0;

  add(reading: DateReading): void {
    if (reading.kind !== 'slash' || !reading.evident) return;
    if (reading.evident === 'mdy') this.mdy++;
    else this.dmy++;
  }

  /** Day/month/year only when the plan's dates show it more often than month/day/year. */
  get order(): SlashOrder {
    return this.dmy > this.mdy ? 'dmy' : 'mdy';
  }
}
