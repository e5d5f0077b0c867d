/**
 * Which file of a publisher's folder holds which of the template's tables. Files arrive under the
 * names their tools give them, and all of these are `commitments`:
 * - `commitments.csv`, `Commitments.CSV`;
 * - `commitments (1).csv`: a browser's second download of the same file;
 * - `Plan de Acción 6 - commitments.csv`: Google Sheets' "Download as CSV" (spreadsheet - sheet);
 * - `commitments.xlsx`, `commitments.ods`: Excel's or LibreOffice's Save of the CSV file.
 * A workbook named otherwise (`mi-plan.xlsx`) may hold several tables, one per sheet.
 *
 * Browser-safe: names in, decisions out; reading the files is the caller's job.
 */
import { FEED_FILE, SHEETS } from './spec.js';

/** File extensions read as workbooks. */
export const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.ods'] as const;

export function isWorkbookName(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return WORKBOOK_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

const normal = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** The template's CSV file a sheet name stands for: `commitments` → `commitments.csv`. */
export function sheetFileFor(name: string): string | undefined {
  const base = normal(name).replace(/\.(csv|tsv|xlsx|xlsm|xls|ods)$/, '');
  if (base === 'feed') return FEED_FILE;
  return SHEETS.find((sheet) => sheet.name === base)?.file;
}

/** Files a spreadsheet tool writes: what a publisher may have meant to be read. */
const SPREADSHEET = /\.(csv|tsv|xlsx|xlsm|xls|ods|numbers)$/i;

export type FolderFile =
  /** A CSV file for one table. */
  | { name: string; kind: 'csv'; table: string }
  /** A workbook for one table (its only sheet, or its sheet named like the table). */
  | { name: string; kind: 'workbook'; table: string }
  /** A workbook whose sheets are matched by their own names. */
  | { name: string; kind: 'book' }
  /** A spreadsheet that cannot be read here (Apple Numbers) or whose name matches no table. */
  | { name: string; kind: 'unread'; reason: 'format' | 'name' };

/** Editors' lock and backup files, and hidden files: never a publisher's data. */
function ignored(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || name.endsWith('#') || name.endsWith('~');
}

/** The table a file name stands for, through the names browsers and Google Sheets give downloads. */
export function tableOfFileName(name: string): string | undefined {
  const stem = name.replace(/\.[^.]+$/, '').trim();
  const withoutCopy = stem.replace(/\s*\(\d+\)$/, '');
  const candidates = [withoutCopy, withoutCopy.replace(/^.* - /, '')];
  for (const candidate of candidates) {
    const table = sheetFileFor(candidate);
    if (table) return table;
  }
  return undefined;
}

/** Sorts a folder's file names into what is read and how; files that are no spreadsheet are left alone. */
export function matchFolderFiles(names: readonly string[]): FolderFile[] {
  const files: FolderFile[] = [];
  for (const name of [...names].sort()) {
    if (ignored(name) || !SPREADSHEET.test(name)) continue;
    const table = tableOfFileName(name);
    if (/\.numbers$/i.test(name)) files.push({ name, kind: 'unread', reason: 'format' });
    else if (isWorkbookName(name)) files.push(table ? { name, kind: 'workbook', table } : { name, kind: 'book' });
    else if (table) files.push({ name, kind: 'csv', table });
    else files.push({ name, kind: 'unread', reason: 'name' });
  }
  // In the template's order (feed, plans, commitments…), so messages follow the tables' order.
  const order = [FEED_FILE, ...SHEETS.map((sheet) => sheet.file)];
  const rank = (file: FolderFile) => ('table' in file ? order.indexOf(file.table) : order.length);
  return files.sort((a, b) => rank(a) - rank(b));
}
