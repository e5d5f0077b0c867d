/**
 * One cell's text to a field's value and back, by the field's codec (see `spec.ts`).
 */
import { LABELS } from '@ogp-embed/sdk';
import type { EvidenceLink, LocalizedText } from '@ogp-embed/sdk';
import { readSheetDate, settleDate } from '../ogp-sheet/dates.js';
import type { SlashOrder } from '../ogp-sheet/dates.js';
import type { FieldSpec } from './spec.js';
import { SYNONYMS } from './synonyms.js';

/** What a cell's reading may depend on beyond the cell: the sheet's date order, its percent column. */
export interface CellContext {
  /** The order of `a/b/year` dates when the publisher gave it (`--date-order`); else such a date fitting both is refused. */
  dateOrder?: SlashOrder;
  /**
   * A percent column's scale, from all its cells: `fraction` when every number is between 0 and
   * 1 (Excel's stored value of a percentage: 0.455 is 45.5 %); `mixed` when fractions sit beside
   * larger numbers, so a fraction cannot be told from a small percentage.
   */
  percentScale?: 'percent' | 'fraction' | 'mixed';
}

/** A text that would be misread in a line or a link title is written as a JSON string. */
function needsJson(text: string): boolean {
  return /^[{"]/.test(text) || /[\r\n]/.test(text);
}

function encodeText(text: LocalizedText): string {
  if (typeof text !== 'string') return JSON.stringify(text);
  return needsJson(text) ? JSON.stringify(text) : text;
}

function decodeText(text: string): LocalizedText {
  if (/^[{"]/.test(text)) {
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value === 'string') return value;
      if (
        value &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        Object.values(value).every((v) => typeof v === 'string')
      ) {
        return value as Record<string, string>;
      }
    } catch {
      // Not JSON: the text as written.
    }
  }
  return text;
}

export function encodeCell(value: unknown, field: FieldSpec): string {
  if (value === undefined || value === null) return '';
  switch (field.codec) {
    case 'list':
      return (value as string[]).join('; ');
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
    case 'integer':
      return String(value);
    case 'links':
      return (value as EvidenceLink[])
        .map((link) => (link.title === undefined ? link.url : `${link.url} ${encodeText(link.title)}`))
        .join('\n');
    case 'lines':
      return (value as LocalizedText[]).map(encodeText).join('\n');
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

export type CellProblem =
  | { kind: 'number' | 'boolean'; value: string }
  /** `03/04/2024`: 3 April or 4 March, and no order given. */
  | { kind: 'ambiguousDate'; value: string; year: number; a: number; b: number }
  /** `0,455` in a percent column whose other numbers are percentages: 0.455 % or 45.5 %? */
  | { kind: 'fractionPercent'; value: string; number: number }
  /** Not a word for any of the fixed values; `accepted` lists the format's values. */
  | { kind: 'label'; value: string; labels: NonNullable<FieldSpec['labels']>; accepted: string[] };

const TRUE = new Set(['true', 'yes', 'si', '1', 'verdadero', 'y', 's', 'sim', 'oui', 'vrai', 'verdadeiro', 'x']);
const FALSE = new Set(['false', 'no', '0', 'falso', 'n', 'nao', 'non', 'faux']);
const ASAP = new Set([
  'asap',
  'a la brevedad',
  'as soon as possible',
  'lo antes posible',
  'o mais breve possivel',
  'o quanto antes',
  'des que possible',
  'au plus vite',
]);

function normal(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .trim();
}

const labelIndex = new Map<string, Map<string, string>>();

/**
 * Every word accepted for a fixed value: its label in each language the SDK speaks ("En curso",
 * "In progress", "Em curso", "En cours"), the common synonyms publishers write (`synonyms.ts`),
 * and the value itself. Should two languages share a word for different values, the first
 * language in `LABELS` keeps it (Spanish and English, the first the library spoke).
 */
function indexOf(kind: NonNullable<FieldSpec['labels']>): Map<string, string> {
  let index = labelIndex.get(kind);
  if (index) return index;
  index = new Map();
  for (const labels of Object.values(LABELS)) {
    for (const [value, label] of Object.entries(labels[kind]))
      if (!index.has(normal(label as string))) index.set(normal(label as string), value);
  }
  for (const [word, value] of SYNONYMS[kind] ?? []) if (!index.has(normal(word))) index.set(normal(word), value);
  for (const value of Object.keys(LABELS.en[kind])) {
    index.set(normal(value), value);
    index.set(normal(value.replace(/-/g, ' ')), value);
  }
  labelIndex.set(kind, index);
  return index;
}

/** A word for a fixed value ("En curso", "Terminado", "in progress") to the value, if it is one. */
export function fromLabel(kind: NonNullable<FieldSpec['labels']>, text: string): string | undefined {
  return indexOf(kind).get(normal(text).replace(/[.!]+$/, ''));
}

/** The format's values for a kind, for an error that lists what may be written. */
export function acceptedValues(kind: NonNullable<FieldSpec['labels']>): string[] {
  return Object.keys(LABELS.en[kind]);
}

export function decodeNumber(text: string, integer: boolean, percent = false): number | undefined {
  // `45%` and `45 %` in a percent column are 45, as a publisher means.
  const compact = (percent ? text.replace(/\s*%$/, '') : text).replace(/\s/g, '');
  const decimal = /^-?\d+,\d+$/.test(compact) ? compact.replace(',', '.') : compact;
  if (!/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(decimal)) return undefined;
  const value = Number(decimal);
  return integer && !Number.isInteger(value) ? undefined : value;
}

/** A percentage's figure without binary noise: 0.455 × 100 is 45.5, not 45.50000000000001. */
const percentOf = (fraction: number) => Number((fraction * 100).toPrecision(12));

function decodeDate(text: string, context: CellContext): { value: unknown } | { problem: CellProblem } {
  const reading = readSheetDate(text);
  if (reading.kind === 'date') return { value: reading.value };
  if (reading.kind === 'slash') {
    const order = reading.evident ?? context.dateOrder;
    if (!order)
      return { problem: { kind: 'ambiguousDate', value: text, year: reading.year, a: reading.a, b: reading.b } };
    const value = settleDate(reading, order);
    if (value) return { value };
  }
  // Not a form a spreadsheet writes: kept as written, for the format's check to name.
  return { value: text };
}

/** The field's value from a (non-empty, trimmed) cell, or the problem that stops it. */
export function decodeCell(
  text: string,
  field: FieldSpec,
  context: CellContext = {},
): { value: unknown } | { problem: CellProblem } {
  if (field.date) {
    if (field.dueDate && ASAP.has(normal(text))) return { value: 'asap' };
    return decodeDate(text, context);
  }
  if (field.percent && context.percentScale && context.percentScale !== 'percent' && !/%\s*$/.test(text)) {
    const value = decodeNumber(text, false, true);
    if (value === undefined) return { problem: { kind: 'number', value: text } };
    if (context.percentScale === 'fraction') return { value: percentOf(value) };
    if (value > 0 && value < 1) return { problem: { kind: 'fractionPercent', value: text, number: value } };
    return { value };
  }
  switch (field.codec) {
    case 'list': {
      const items = text
        .split(';')
        .map((item) => item.trim())
        .filter(Boolean);
      if (!field.labels) return { value: items };
      const values = items.map((item) => fromLabel(field.labels!, item));
      const bad = items.find((_, i) => values[i] === undefined);
      if (bad !== undefined)
        return { problem: { kind: 'label', value: bad, labels: field.labels, accepted: acceptedValues(field.labels) } };
      return { value: values };
    }
    case 'boolean': {
      const key = normal(text);
      if (TRUE.has(key)) return { value: true };
      if (FALSE.has(key)) return { value: false };
      return { problem: { kind: 'boolean', value: text } };
    }
    case 'number':
    case 'integer': {
      const value = decodeNumber(text, field.codec === 'integer', field.percent);
      return value === undefined ? { problem: { kind: 'number', value: text } } : { value };
    }
    case 'links':
      return {
        value: text
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean)
          .map((line) => {
            const space = line.search(/\s/);
            if (space < 0) return { url: line };
            return { url: line.slice(0, space), title: decodeText(line.slice(space + 1).trim()) };
          }),
      };
    case 'lines':
      return {
        value: text
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean)
          .map(decodeText),
      };
    default: {
      if (field.dueDate && ASAP.has(normal(text))) return { value: 'asap' };
      if (!field.labels) return { value: text };
      const value = fromLabel(field.labels, text);
      if (value === undefined)
        return {
          problem: { kind: 'label', value: text, labels: field.labels, accepted: acceptedValues(field.labels) },
        };
      return { value };
    }
  }
}

export { decodeText };
