/**
 * A spreadsheet's CSV file as a table of cells, read the way the spreadsheet wrote it.
 *
 * - Encoding: UTF-8 with or without a byte order mark (Excel's "CSV UTF-8", LibreOffice, Google
 *   Sheets); UTF-16 with a byte order mark (Excel's "Unicode text"); Windows-1252 (Excel's plain
 *   "CSV" on Windows in Spanish, Portuguese, French, English), recognised and read right with a
 *   warning. Anything else is refused with the file's name and the fix, never mangled.
 * - Separator: `,`, `;` (Excel where the decimal mark is a comma) or tab, found per file; Excel's
 *   `sep=;` first line is honoured.
 * - Cells as Excel reads them: `"a ""quoted"" cell"`, line breaks inside quotes; a stray quote
 *   inside a cell is kept as a character. A quote that is never closed is reported at its row
 *   and column and only that row is lost.
 *
 * Every problem names the file, the spreadsheet row (1 is the first line) and the column.
 */
import type { LanguageTexts } from '@ogp-embed/sdk';

export type TableEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type TableSeparator = ',' | ';' | '\t';

/** A problem in a table, where a publisher can find it. */
export interface TableIssue {
  severity: 'error' | 'warning';
  file: string;
  /** Spreadsheet row: 1 is the first line of the file. */
  row?: number;
  /** The column's header, or its letter when the header is empty. */
  column?: string;
  text: LanguageTexts;
  /** What of the publisher's data this problem leaves out of the result, if anything. */
  leftOut?: 'row' | 'cell' | 'column' | 'file';
}

export interface TableRow {
  /** Spreadsheet row of this record (a cell with line breaks still makes one row). */
  row: number;
  cells: string[];
}

export interface Table {
  file: string;
  /** The first non-empty row. */
  header: string[];
  headerRow: number;
  /** Every row after the header that could be read, empty ones included. */
  rows: TableRow[];
  /** How a CSV file was decoded and split; absent for a workbook's sheet (see `read-workbook.ts`). */
  encoding?: TableEncoding;
  separator?: TableSeparator;
  /** Rows that could not be read, and how the file was decoded when that needs saying. */
  issues: TableIssue[];
}

/** The file cannot be read as text at all: nothing of it can be trusted. */
export class TableEncodingError extends Error {
  override name = 'TableEncodingError';
  constructor(
    readonly file: string,
    readonly text: LanguageTexts,
  ) {
    super(`${file}: ${text.en}`);
  }
}

export const SAVE_AS: LanguageTexts = {
  en: 'in Excel use File → Save as → "CSV UTF-8"; in LibreOffice, Text CSV with character set "Unicode (UTF-8)"; Google Sheets downloads UTF-8 already',
  es: 'en Excel use Archivo → Guardar como → "CSV UTF-8"; en LibreOffice, Texto CSV con juego de caracteres "Unicode (UTF-8)"; Google Sheets ya descarga en UTF-8',
  pt: 'no Excel use Ficheiro → Guardar como → "CSV UTF-8"; no LibreOffice, Texto CSV com o conjunto de caracteres "Unicode (UTF-8)"; o Google Sheets já descarrega em UTF-8',
  fr: 'dans Excel, utilisez Fichier → Enregistrer sous → «\u00a0CSV UTF-8\u00a0»\u00a0; dans LibreOffice, Texte CSV avec le jeu de caractères «\u00a0Unicode (UTF-8)\u00a0»\u00a0; Google Sheets télécharge déjà en UTF-8',
};

/** Bytes Windows-1252 leaves undefined: a file holding them was written in something else. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
/** Windows-1252's letters among 0x80-0x9f (Š Œ Ž š œ ž Ÿ); the rest there are punctuation. */
const LETTERS_IN_1252_C1 = new Set([0x8a, 0x8c, 0x8e, 0x9a, 0x9c, 0x9e, 0x9f]);

const isAsciiLetter = (byte: number | undefined) =>
  byte !== undefined && ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a));

/**
 * Whether bytes that are not UTF-8 read as Windows-1252 text. Mac encodings put their accented
 * letters at 0x80-0x9f, where Windows-1252 has punctuation: such a byte between two letters
 * ("Comisi\x97n") means the file is not Windows-1252.
 */
export function looksLike1252(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === 0) return false;
    if (UNDEFINED_IN_1252.has(byte)) return false;
    if (
      byte >= 0x80 &&
      byte <= 0x9f &&
      !LETTERS_IN_1252_C1.has(byte) &&
      isAsciiLetter(bytes[i - 1]) &&
      isAsciiLetter(bytes[i + 1])
    ) {
      return false;
    }
  }
  return true;
}

/** The text of a spreadsheet's CSV file, and the encoding it was written in. */
export function decodeTable(bytes: Uint8Array, file: string): { text: string; encoding: TableEncoding } {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: strict('utf-8', bytes, file), encoding: 'utf-8' };
  if (a === 0xff && b === 0xfe) return { text: strict('utf-16le', bytes, file), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { text: strict('utf-16be', bytes, file), encoding: 'utf-16be' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (!text.includes('\u0000')) return { text, encoding: 'utf-8' };
  } catch {
    // Not UTF-8: perhaps Windows-1252, below.
  }
  if (looksLike1252(bytes)) return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  throw new TableEncodingError(file, {
    en: `this file is not in an encoding that can be read safely (UTF-8, UTF-16 or Windows-1252); save it again: ${SAVE_AS.en}`,
    es: `este archivo no está en una codificación que se pueda leer con seguridad (UTF-8, UTF-16 o Windows-1252); guárdelo de nuevo: ${SAVE_AS.es}`,
    pt: `este ficheiro não está numa codificação que se possa ler com segurança (UTF-8, UTF-16 ou Windows-1252); guarde-o novamente: ${SAVE_AS.pt}`,
    fr: `ce fichier n’est pas dans un codage lisible sans risque (UTF-8, UTF-16 ou Windows-1252)\u00a0; enregistrez-le à nouveau\u00a0: ${SAVE_AS.fr}`,
  });
}

function strict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array, file: string): string {
  try {
    // The byte order mark is dropped (`ignoreBOM` is false).
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new TableEncodingError(file, {
      en: `this file starts as ${encoding.toUpperCase()} but has bytes that are not; save it again: ${SAVE_AS.en}`,
      es: `este archivo empieza como ${encoding.toUpperCase()} pero tiene bytes que no lo son; guárdelo de nuevo: ${SAVE_AS.es}`,
      pt: `este ficheiro começa como ${encoding.toUpperCase()} mas tem bytes que não o são; guarde-o novamente: ${SAVE_AS.pt}`,
      fr: `ce fichier commence en ${encoding.toUpperCase()} mais contient des octets qui ne le sont pas\u00a0; enregistrez-le à nouveau\u00a0: ${SAVE_AS.fr}`,
    });
  }
}

interface ParsedRecord extends TableRow {
  /** Set when a quote opened in this row is never closed: the row cannot be trusted. */
  unclosedAt?: number;
}

/** Records split from the start of a text, and where the first one not yet complete starts. */
interface SplitText {
  records: ParsedRecord[];
  /** Offset of the text not split yet (a record that more text may still finish); `text.length` when final. */
  consumed: number;
  /** The row the text not split yet starts at. */
  nextRow: number;
}

/**
 * Splits text into records as Excel does. `literalQuotes` makes the quotes at those offsets
 * ordinary characters (used to recover from a quote that is never closed). Unless `final`, the
 * text is a part of a longer one: a record that is not ended yet (no line break after it, or an
 * open quote) is left for the next part, and `consumed` says where it starts.
 */
function parseRecords(
  text: string,
  separator: TableSeparator,
  firstRow: number,
  literalQuotes: ReadonlySet<number>,
  final = true,
): SplitText {
  const records: ParsedRecord[] = [];
  let recordStart = 0;
  let cells: string[] = [];
  let cell = '';
  let row = firstRow;
  let recordRow = firstRow;
  let i = 0;
  let cellStart = true;
  const endCell = () => {
    cells.push(cell);
    cell = '';
    cellStart = true;
  };
  const endRecord = () => {
    endCell();
    records.push({ row: recordRow, cells });
    cells = [];
    row++;
    recordRow = row;
  };
  const unfinished = (): SplitText => ({ records, consumed: recordStart, nextRow: recordRow });
  while (i < text.length) {
    const ch = text[i]!;
    if (cellStart && ch === '"' && !literalQuotes.has(i)) {
      const opened = i;
      let closed = false;
      i++;
      while (i < text.length) {
        const q = text[i]!;
        if (q === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        cell += q;
        i++;
      }
      if (!closed) {
        // More text may close it; at the end, report the row and column where the quote opened (the caller re-reads with it literal).
        if (!final) return unfinished();
        records.push({ row: recordRow, cells: [...cells, cell], unclosedAt: opened });
        return { records, consumed: text.length, nextRow: row + 1 };
      }
      // After the closing quote Excel keeps any further characters as part of the cell.
      cellStart = false;
      continue;
    }
    cellStart = false;
    if (ch === separator) {
      endCell();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      // A '\r' last in a part may be the first half of '\r\n': wait for the next part.
      if (!final && ch === '\r' && i + 1 === text.length) return unfinished();
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      recordStart = i;
    } else {
      cell += ch;
      i++;
    }
  }
  if (!final) return unfinished();
  if (!cellStart || cells.length || cell !== '') endRecord();
  return { records, consumed: text.length, nextRow: row };
}

/** Splits `text` into records; a quote never closed is reported and read as a plain character. */
function readRecords(
  text: string,
  separator: TableSeparator,
  firstRow: number,
): { records: TableRow[]; unclosed: { row: number; index: number }[] } {
  const literal = new Set<number>();
  const unclosed: { row: number; index: number }[] = [];
  for (;;) {
    const { records } = parseRecords(text, separator, firstRow, literal);
    const last = records.at(-1);
    if (last?.unclosedAt === undefined) return { records, unclosed };
    unclosed.push({ row: last.row, index: last.cells.length - 1 });
    literal.add(last.unclosedAt);
  }
}

const CANDIDATES: readonly TableSeparator[] = [',', ';', '\t'];
const SAMPLE_LINES = 50;

/** Splits the first lines' record with each candidate and keeps the one a spreadsheet meant. */
export function detectSeparator(text: string): TableSeparator {
  const sample = text.split(/\r\n|\n|\r/, SAMPLE_LINES).join('\n');
  let best: { separator: TableSeparator; score: number } = { separator: ',', score: 0 };
  for (const separator of CANDIDATES) {
    const rows = readRecords(sample, separator, 1).records.filter((r) => r.cells.some((c) => c.trim() !== ''));
    const width = rows[0]?.cells.length ?? 0;
    if (width < 2) continue;
    // Most columns in the header, then most rows of the header's width.
    const consistent = rows.filter((r) => r.cells.length === width).length / rows.length;
    const score = width * consistent;
    if (score > best.score) best = { separator, score };
  }
  return best.separator;
}

/** A column's letters as a spreadsheet shows them: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The name of a column in messages: its header, or its letter when the header is empty. */
export function columnName(header: readonly string[], index: number): string {
  return header[index]?.trim() || columnLetter(index);
}

/** Reads a spreadsheet's CSV file; throws `TableEncodingError` when it cannot be decoded safely. */
export function readTable(bytes: Uint8Array, file: string): Table {
  const { text, encoding } = decodeTable(bytes, file);
  const issues: TableIssue[] = [];
  if (encoding === 'windows-1252') {
    issues.push({
      severity: 'warning',
      file,
      text: {
        en: `read as Windows-1252 (Excel's plain "CSV"); check the accents, and next time save it as UTF-8: ${SAVE_AS.en}`,
        es: `leído como Windows-1252 (el "CSV" simple de Excel); revise los acentos y la próxima vez guárdelo en UTF-8: ${SAVE_AS.es}`,
        pt: `lido como Windows-1252 (o "CSV" simples do Excel); verifique os acentos e, da próxima vez, guarde-o em UTF-8: ${SAVE_AS.pt}`,
        fr: `lu en Windows-1252 (le «\u00a0CSV\u00a0» simple d’Excel)\u00a0; vérifiez les accents et, la prochaine fois, enregistrez-le en UTF-8\u00a0: ${SAVE_AS.fr}`,
      },
    });
  }
  let body = text;
  let firstRow = 1;
  let separator: TableSeparator | undefined;
  const hint = /^sep=(.)\r?\n/i.exec(text);
  if (hint && CANDIDATES.includes(hint[1] as TableSeparator)) {
    separator = hint[1] as TableSeparator;
    body = text.slice(hint[0].length);
    firstRow = 2;
  }
  separator ??= detectSeparator(body);
  const { records, unclosed } = readRecords(body, separator, firstRow);
  const headerAt = records.findIndex((r) => r.cells.some((c) => c.trim() !== ''));
  const header = headerAt < 0 ? [] : records[headerAt]!.cells;
  const headerRow = headerAt < 0 ? firstRow : records[headerAt]!.row;
  const broken = new Set(unclosed.map((u) => u.row));
  for (const { row, index } of unclosed) {
    issues.push({
      severity: 'error',
      file,
      row,
      column: columnName(row === headerRow ? [] : header, index),
      leftOut: 'row',
      text: {
        en: 'a quote (") opens this cell and is never closed; the row is left out (close the quote, or remove it)',
        es: 'una comilla (") abre esta celda y nunca se cierra; se deja fuera la fila (cierre la comilla o quítela)',
        pt: 'umas aspas (") abrem esta célula e nunca se fecham; a linha fica de fora (feche as aspas ou retire-as)',
        fr: 'un guillemet (") ouvre cette cellule et n’est jamais fermé\u00a0; la ligne est laissée de côté (fermez le guillemet ou supprimez-le)',
      },
    });
  }
  const rows = headerAt < 0 ? [] : records.slice(headerAt + 1).filter((r) => !broken.has(r.row));
  return { file, header, headerRow, rows, encoding, separator, issues };
}

/** A record of a CSV read in parts; `unclosed` is the cell where a quote opened and never closed (the row cannot be trusted). */
export interface StreamedRecord extends TableRow {
  unclosed?: number;
}

/** Text enough to decide the separator on: the lines `detectSeparator` samples, or this many characters. */
const SAMPLE_CHARS = 64 * 1024;
const NO_LITERAL_QUOTES: ReadonlySet<number> = new Set();

/**
 * A spreadsheet's CSV text arriving in parts (a sheet too big to hold, or a file read as a
 * stream) as records, split exactly as `readTable` splits a whole file: same separator
 * detection, `sep=` line, quotes and line breaks, and a quote never closed reported at its row
 * and read as a plain character. Memory holds one part and the record it ends in.
 */
export async function* streamRecords(parts: AsyncIterable<string>): AsyncGenerator<StreamedRecord> {
  let pending = '';
  let separator: TableSeparator | undefined;
  let row = 1;
  const start = () => {
    const hint = /^sep=(.)\r?\n/i.exec(pending);
    if (hint && CANDIDATES.includes(hint[1] as TableSeparator)) {
      pending = pending.slice(hint[0].length);
      row = 2;
      return hint[1] as TableSeparator;
    }
    return detectSeparator(pending);
  };
  for await (const part of parts) {
    pending += part;
    if (!separator) {
      if (pending.length < SAMPLE_CHARS && pending.split('\n', SAMPLE_LINES + 1).length <= SAMPLE_LINES) continue;
      separator = start();
    }
    const split = parseRecords(pending, separator, row, NO_LITERAL_QUOTES, false);
    yield* split.records;
    pending = pending.slice(split.consumed);
    row = split.nextRow;
  }
  separator ??= start();
  const { records, unclosed } = readRecords(pending, separator, row);
  const broken = new Map(unclosed.map((u) => [u.row, u.index]));
  for (const record of records)
    yield broken.has(record.row) ? { ...record, unclosed: broken.get(record.row)! } : record;
}
