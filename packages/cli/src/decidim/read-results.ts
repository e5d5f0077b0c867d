/**
 * Decidim Accountability results as Decidim writes and reads them, into one shape:
 * - the export/import CSV (`;`-separated, keys flattened with `/`: `id`, `parent/id`,
 *   `title/<locale>`, `status/key`, `status/name/<locale>`, `progress`, ...);
 * - the same export as JSON (an array of the serializer's nested objects);
 * - the 2017 import CSV (`result_id`, `parent_id`, `external_id`, `parent_external_id`,
 *   `title_<locale>`, `decidim_accountability_status_id`, ...).
 * Columns the feed has no place for are reported once. Nothing is interpreted here beyond
 * finding each value: dates, figures and statuses are read in `build-plan.ts`.
 */
import { IssueLog, NotPlatformFormatError } from '../platforms/imported-plan.js';
import type { Said } from '../platforms/imported-plan.js';
import { decodeTable, readTable } from '../io/read-table.js';

export type DecidimLayout = 'export-csv' | 'export-json' | 'legacy-csv';

export interface ResultRow {
  row: number;
  /** Decidim's id, or for the 2017 layout its `external_id` when there is no id. */
  id?: string;
  externalId?: string;
  parentId?: string;
  parentExternalId?: string;
  title: Record<string, string>;
  description: Record<string, string>;
  start?: string;
  end?: string;
  /** The status's key and its name in each language, as given. */
  statusNames: string[];
  /** A status given only by its number (2017 layout): it names no status by itself. */
  statusId?: string;
  progress?: string;
  weight?: string;
  url?: string;
  updatedAt?: string;
  category: Record<string, string>;
  componentId?: string;
  /** Column names, for reports. */
  columns: Record<'id' | 'title' | 'start' | 'end' | 'progress' | 'weight' | 'url' | 'parent' | 'status', string>;
}

export interface DecidimRecords {
  layout: DecidimLayout;
  results: ResultRow[];
  log: IssueLog;
}

const EXPECTED: Said = {
  en: 'a Decidim Accountability results export: its CSV (";"-separated, with columns "id" and "title/<locale>"), its JSON, or the 2017 import CSV (with "title_<locale>")',
  es: 'una exportación de resultados de Decidim Accountability: su CSV (separado por ";", con las columnas "id" y "title/<idioma>"), su JSON, o el CSV de importación de 2017 (con "title_<idioma>")',
  pt: 'uma exportação de resultados do Decidim Accountability: o seu CSV (separado por ";", com as colunas "id" e "title/<idioma>"), o seu JSON, ou o CSV de importação de 2017 (com "title_<idioma>")',
  fr: 'un export des résultats de Decidim Accountability : son CSV (séparé par « ; », avec les colonnes « id » et « title/<langue> »), son JSON, ou le CSV d’import de 2017 (avec « title_<langue> »)',
};

/** Keys Decidim writes that the feed has a place for; the rest is reported once. */
const PLACED =
  /^(id|parent\/id|title\/[a-zA-Z-]+|description\/[a-zA-Z-]+|start_date|end_date|status\/key|status\/name\/[a-zA-Z-]+|progress|weight|url|updated_at|category\/name\/[a-zA-Z-]+|component\/id)$/;
const LEGACY_PLACED =
  /^(result_id|parent_id|external_id|parent_external_id|title_[a-zA-Z-]+|description_[a-zA-Z-]+|start_date|end_date|decidim_accountability_status_id|progress|weight)$/;
/** Written alongside placed ones and carried by them (`status/id` by its key and name). */
const CARRIED = new Set(['status/id', 'category/id', 'created_at']);

type Flat = Map<string, string>;

function flatten(value: unknown, key: string, into: Flat): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    into.set(key, value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', '));
  } else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, key ? `${key}/${k}` : k, into);
  } else {
    into.set(key, String(value));
  }
}

function localized(flat: Flat, prefix: string, separator: '/' | '_'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of flat) {
    if (!key.startsWith(prefix + separator)) continue;
    const locale = key.slice(prefix.length + 1);
    if (/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(locale) && value.trim() !== '') out[locale] = value;
  }
  return out;
}

const v = (flat: Flat, key: string) => {
  const value = flat.get(key)?.trim();
  return value ? value : undefined;
};

function fromExport(flat: Flat, row: number): ResultRow {
  const statusNames = [v(flat, 'status/key') ?? '', ...Object.values(localized(flat, 'status/name', '/'))];
  return {
    row,
    id: v(flat, 'id'),
    parentId: v(flat, 'parent/id'),
    title: localized(flat, 'title', '/'),
    description: localized(flat, 'description', '/'),
    start: v(flat, 'start_date'),
    end: v(flat, 'end_date'),
    statusNames: statusNames.filter(Boolean),
    progress: v(flat, 'progress'),
    weight: v(flat, 'weight'),
    url: v(flat, 'url'),
    updatedAt: v(flat, 'updated_at'),
    category: localized(flat, 'category/name', '/'),
    componentId: v(flat, 'component/id'),
    columns: {
      id: 'id',
      title: 'title',
      start: 'start_date',
      end: 'end_date',
      progress: 'progress',
      weight: 'weight',
      url: 'url',
      parent: 'parent/id',
      status: 'status/key',
    },
  };
}

function fromLegacy(flat: Flat, row: number): ResultRow {
  return {
    row,
    id: v(flat, 'result_id') ?? v(flat, 'external_id'),
    externalId: v(flat, 'external_id'),
    parentId: v(flat, 'parent_id'),
    parentExternalId: v(flat, 'parent_external_id'),
    title: localized(flat, 'title', '_'),
    description: localized(flat, 'description', '_'),
    start: v(flat, 'start_date'),
    end: v(flat, 'end_date'),
    statusNames: [],
    statusId: v(flat, 'decidim_accountability_status_id'),
    progress: v(flat, 'progress'),
    weight: v(flat, 'weight'),
    category: {},
    columns: {
      id: v(flat, 'result_id') ? 'result_id' : 'external_id',
      title: 'title_<locale>',
      start: 'start_date',
      end: 'end_date',
      progress: 'progress',
      weight: 'weight',
      url: 'url',
      parent: 'parent_id',
      status: 'decidim_accountability_status_id',
    },
  };
}

function reportUnplaced(keys: Iterable<string>, layout: DecidimLayout, log: IssueLog): void {
  for (const key of keys) {
    if (key === '' || CARRIED.has(key)) continue;
    if (!(layout === 'legacy-csv' ? LEGACY_PLACED : PLACED).test(key)) log.unplaced(key);
  }
}

function readJson(text: string, file: string): DecidimRecords {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new NotPlatformFormatError(EXPECTED);
  }
  const items = Array.isArray(data) ? data : undefined;
  const looksRight = items?.every((item) => item && typeof item === 'object' && 'id' in item && 'title' in item);
  if (!items || !looksRight) throw new NotPlatformFormatError(EXPECTED);
  const log = new IssueLog(file);
  const keys = new Set<string>();
  const results = items.map((item, i) => {
    const flat: Flat = new Map();
    flatten(item, '', flat);
    for (const key of flat.keys()) keys.add(key);
    // JSON items are numbered from 1, as rows under a header would be from 2.
    return fromExport(flat, i + 1);
  });
  reportUnplaced(keys, 'export-json', log);
  return { layout: 'export-json', results, log };
}

export function readDecidimResults(bytes: Uint8Array, file: string): DecidimRecords {
  const { text } = decodeTable(bytes, file);
  if (/^\uFEFF?\s*[[{]/.test(text)) return readJson(text, file);
  const table = readTable(bytes, file);
  const header = table.header.map((h) => h.trim());
  const layout: DecidimLayout | undefined =
    header.includes('id') && header.some((h) => h.startsWith('title/'))
      ? 'export-csv'
      : header.some((h) => /^title_[a-zA-Z]{2,3}/.test(h))
        ? 'legacy-csv'
        : undefined;
  if (!layout) throw new NotPlatformFormatError(EXPECTED);
  const log = new IssueLog(file);
  reportUnplaced(header, layout, log);
  log.issues.push(...table.issues);
  const records = table.rows.filter((r) => r.cells.some((cell) => cell.trim() !== ''));
  const results = records.map((record) => {
    const flat: Flat = new Map();
    header.forEach((key, i) => flat.set(key, record.cells[i] ?? ''));
    return layout === 'legacy-csv' ? fromLegacy(flat, record.row) : fromExport(flat, record.row);
  });
  return { layout, results, log };
}
