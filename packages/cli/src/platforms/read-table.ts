/**
 * A platform's CSV export as a header and records, each with its spreadsheet row (1 is the
 * header; a cell with line breaks stays one row, as a spreadsheet shows it). The bytes are read
 * as UTF-8, or as Windows-1252 when they are not UTF-8 (a file re-saved by Excel); the separator
 * is the one of `,` and `;` that splits the header line more often, as Gobierto decides it.
 * A record that cannot be read as CSV (an unclosed quote) is reported, not guessed at.
 *
 * Kept behind this one function so the CLI's shared table reader can replace it.
 */
import { parse } from 'csv-parse/sync';

export interface TableRecord {
  row: number;
  cells: string[];
}

export interface Table {
  header: string[];
  records: TableRecord[];
  /** Records csv-parse could not read, by row. */
  broken: Array<{ row: number; detail: string }>;
}

export function decodeBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Counts `sep` outside double quotes on the first line. */
function countOutsideQuotes(line: string, sep: string): number {
  let quoted = false;
  let count = 0;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === sep && !quoted) count++;
  }
  return count;
}

export function detectSeparator(text: string): ',' | ';' {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return countOutsideQuotes(first, ';') > countOutsideQuotes(first, ',') ? ';' : ',';
}

export function readTable(text: string): Table {
  const broken: Table['broken'] = [];
  let index = 0;
  const rows: number[] = [];
  const parsed = parse(text, {
    bom: true,
    delimiter: detectSeparator(text),
    relax_column_count: true,
    skip_records_with_error: true,
    on_skip: (error: Error | undefined) => {
      index++;
      broken.push({ row: index, detail: error?.message ?? 'unreadable' });
      return undefined;
    },
    on_record: (record: string[]) => {
      rows.push(++index);
      return record;
    },
  }) as string[][];
  const records: TableRecord[] = parsed.map((cells, i) => ({ row: rows[i]!, cells }));
  const [head, ...rest] = records;
  return {
    header: (head?.cells ?? []).map((cell) => cell.trim()),
    records: rest.filter((r) => r.cells.some((cell) => cell.trim() !== '')),
    broken,
  };
}
