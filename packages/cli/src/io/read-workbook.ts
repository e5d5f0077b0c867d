/**
 * A workbook (.xlsx, .xlsm, .xls, .ods) as the tables `import csv` reads: each sheet named like
 * one of the template's CSV files (`commitments`, `milestones`, `feed`…) becomes that file's
 * `Table`, with the same header and row numbers a publisher sees in the spreadsheet.
 *
 * Cells are read by their type, not their formatting: a date cell is its day (`2024-12-31`,
 * whatever the display), a number its full value (no thousands separators, no rounding to the
 * shown decimals), a cell formatted as a percentage `45.5%` (Excel stores 0.455), a formula its
 * last computed value. A cell holding an error (`#N/A`, `#REF!`) is reported and left out.
 *
 * Browser-safe (the studio reads workbooks with it): no Node imports. The library is loaded only
 * when a workbook is read, so the CLI's other commands and the studio's first paint do not pay
 * for it.
 */
import type { LanguageTexts } from '@ogp-embed/sdk';
import type { Table, TableIssue, TableRow } from './read-table.js';
import { columnLetter } from './read-table.js';
import { sheetFileFor, tableOfFileName } from '../sheets/match-files.js';
import { README_SHEET, SHEETS } from '../sheets/spec.js';

/** A workbook's tables by the CSV file each stands for (`commitments.csv`), and what was not read. */
export class WorkbookTables extends Map<string, Table> {
  /** Sheets that are none of the template's tables, and other problems of the whole workbook. */
  readonly issues: TableIssue[] = [];
}

/** The workbook cannot be opened at all (not a workbook, encrypted, damaged). */
export class WorkbookError extends Error {
  override name = 'WorkbookError';
  constructor(
    readonly file: string,
    readonly text: LanguageTexts,
  ) {
    super(`${file}: ${text.en}`);
  }
}

/** Excel counts days from 1899-12-30; a workbook in the 1904 system (old Mac Excel) from 1904-01-01. */
const EPOCH_1900_MS = Date.UTC(1899, 11, 30);
const EPOCH_1904_MS = Date.UTC(1904, 0, 1);
const DAY_MS = 86_400_000;

function serialToIso(serial: number, date1904: boolean): string {
  const ms = (date1904 ? EPOCH_1904_MS : EPOCH_1900_MS) + Math.round(serial * DAY_MS);
  const iso = new Date(ms).toISOString();
  // A day with no time of day is a date; a time of day has no zone in a workbook: read as UTC.
  return Number.isInteger(serial) ? iso.slice(0, 10) : iso.replace(/\.\d{3}Z$/, 'Z');
}

/** What a spreadsheet shows for a number: 15 significant digits, without binary noise (0.1+0.2). */
const shown = (value: number) => String(Number(value.toPrecision(15)));

/** A percent sign outside quotes and brackets in a number format (`0.0%`, not `"%"`). */
const isPercentFormat = (format: string) => /%/.test(format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));

interface SheetJsCell {
  t: 'n' | 's' | 'b' | 'e' | 'd' | 'z';
  v?: unknown;
  w?: string;
  z?: string | number;
}

const ERROR_CELL = (shownText: string): LanguageTexts => ({
  en: `the cell holds the error ${shownText}; the cell is left out (correct its formula or type the value)`,
  es: `la celda contiene el error ${shownText}; se deja fuera la celda (corrija su fórmula o escriba el valor)`,
  pt: `a célula contém o erro ${shownText}; a célula fica de fora (corrija a fórmula ou escreva o valor)`,
  fr: `la cellule contient l’erreur ${shownText}\u00a0; la cellule est laissée de côté (corrigez sa formule ou saisissez la valeur)`,
});

/** Reads a workbook's bytes; `fileName` names it in messages and tells .ods from .xlsx. */
export async function readWorkbook(bytes: Uint8Array, fileName: string): Promise<WorkbookTables> {
  const XLSX = await import('@e965/xlsx');
  let book;
  try {
    book = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellNF: true,
      cellDates: false,
      cellHTML: false,
      cellStyles: false,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const encrypted = /password|encrypt/i.test(reason);
    throw new WorkbookError(
      fileName,
      encrypted
        ? {
            en: 'the workbook is protected with a password; save a copy without one',
            es: 'el libro está protegido con contraseña; guarde una copia sin ella',
            pt: 'o livro está protegido por palavra-passe; guarde uma cópia sem ela',
            fr: 'le classeur est protégé par un mot de passe\u00a0; enregistrez-en une copie sans mot de passe',
          }
        : {
            en: `this file cannot be read as a workbook (${reason}); open it in the spreadsheet and save it again as .xlsx or .ods`,
            es: `este archivo no se puede leer como libro (${reason}); ábralo en la hoja de cálculo y guárdelo de nuevo como .xlsx u .ods`,
            pt: `este ficheiro não se pode ler como livro (${reason}); abra-o na folha de cálculo e guarde-o novamente como .xlsx ou .ods`,
            fr: `ce fichier ne peut pas être lu comme un classeur (${reason})\u00a0; ouvrez-le dans le tableur et enregistrez-le à nouveau en .xlsx ou .ods`,
          },
    );
  }
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  const tables = new WorkbookTables();
  const onlySheet = book.SheetNames.length === 1;
  // A one-sheet workbook named like a table (`commitments.xlsx`, Excel's Save of commitments.csv)
  // is that table whatever its sheet is called.
  const wholeFile = onlySheet ? tableOfFileName(fileName.replace(/^.*[\\/]/, '')) : undefined;
  for (const name of book.SheetNames) {
    // The template workbook's instructions (`template-workbook.ts`): for people, not data.
    if (!onlySheet && name.trim().toUpperCase() === README_SHEET) continue;
    const sheet = book.Sheets[name]!;
    const target = wholeFile ?? sheetFileFor(name);
    const label = onlySheet && wholeFile ? fileName : `${fileName} › ${name}`;
    const rows = readRows(sheet as unknown as { '!data'?: (SheetJsCell | undefined)[][] }, date1904);
    if (!target) {
      if (rows.cells.some((row) => row.cells.some((cell) => cell.trim() !== ''))) {
        tables.issues.push({
          severity: 'warning',
          file: label,
          leftOut: 'file',
          text: {
            en: `this sheet is not one of the template's (${[...SHEETS.map((s) => s.name), 'feed'].join(', ')}); it is not read: rename it if it holds data to publish`,
            es: `esta hoja no es una de la plantilla (${[...SHEETS.map((s) => s.name), 'feed'].join(', ')}); no se lee: cámbiele el nombre si contiene datos para publicar`,
            pt: `esta folha não é uma das do modelo (${[...SHEETS.map((s) => s.name), 'feed'].join(', ')}); não é lida: mude-lhe o nome se contém dados a publicar`,
            fr: `cette feuille n’est pas l’une de celles du modèle (${[...SHEETS.map((s) => s.name), 'feed'].join(', ')})\u00a0; elle n’est pas lue\u00a0: renommez-la si elle contient des données à publier`,
          },
        });
      }
      continue;
    }
    if (tables.has(target)) {
      tables.issues.push({
        severity: 'error',
        file: label,
        leftOut: 'file',
        text: {
          en: `a second sheet for ${target.replace(/\.csv$/, '')}; only the first is read (keep one)`,
          es: `una segunda hoja para ${target.replace(/\.csv$/, '')}; solo se lee la primera (deje una)`,
          pt: `uma segunda folha para ${target.replace(/\.csv$/, '')}; só a primeira é lida (deixe uma)`,
          fr: `une deuxième feuille pour ${target.replace(/\.csv$/, '')}\u00a0; seule la première est lue (n’en gardez qu’une)`,
        },
      });
      continue;
    }
    const headerAt = rows.cells.findIndex((row) => row.cells.some((cell) => cell.trim() !== ''));
    const header = headerAt < 0 ? [] : rows.cells[headerAt]!.cells;
    const table: Table = {
      file: label,
      header,
      headerRow: headerAt < 0 ? 1 : rows.cells[headerAt]!.row,
      rows: headerAt < 0 ? [] : rows.cells.slice(headerAt + 1),
      issues: rows.errors.map(({ row, index, text }) => ({
        severity: 'warning' as const,
        file: label,
        row,
        column: header[index]?.trim() || columnLetter(index),
        leftOut: 'cell' as const,
        text: ERROR_CELL(text),
      })),
    };
    tables.set(target, table);
  }
  return tables;
}

/** Every row of a sheet as text cells, row numbers as the spreadsheet shows them. */
function readRows(
  sheet: { '!data'?: (SheetJsCell | undefined)[][] },
  date1904: boolean,
): { cells: TableRow[]; errors: { row: number; index: number; text: string }[] } {
  const data = sheet['!data'] ?? [];
  const cells: TableRow[] = [];
  const errors: { row: number; index: number; text: string }[] = [];
  for (let r = 0; r < data.length; r++) {
    const source = data[r] ?? [];
    const row: string[] = [];
    for (let c = 0; c < source.length; c++) {
      const cell = source[c];
      if (cell?.t === 'e') {
        errors.push({ row: r + 1, index: c, text: cell.w ?? '#ERROR' });
        row.push('');
      } else row.push(cellText(cell, date1904));
    }
    cells.push({ row: r + 1, cells: row });
  }
  return { cells, errors };
}

function cellText(cell: SheetJsCell | undefined, date1904: boolean): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  switch (cell.t) {
    case 's':
      return String(cell.v);
    case 'b':
      return cell.v ? 'true' : 'false';
    case 'd':
      return dateText(cell.v as Date | string);
    case 'n': {
      const value = cell.v as number;
      const format = typeof cell.z === 'string' ? cell.z : '';
      if (format && isDateFormat(format)) return serialToIso(value, date1904);
      if (format && isPercentFormat(format)) return `${shown(value * 100)}%`;
      return shown(value);
    }
    default:
      return cell.w ?? String(cell.v);
  }
}

function dateText(value: Date | string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A number format that shows a date: a day, month or year code outside quotes, brackets and
 * escapes (`dd/mm/yyyy`, `mmm yyyy`, `[$-es-ES]d "de" mmmm`); not `0.00` nor `hh:mm` alone.
 */
function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dy]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare));
}
