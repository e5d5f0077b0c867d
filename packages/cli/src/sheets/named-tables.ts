/**
 * A publisher's files as the template's tables, from names and bytes: a folder on disk (`import
 * csv`, through `read-folder.ts`) or files a browser opened (the studio). CSV files (`template`,
 * `export csv`, or downloaded from Google Sheets), workbooks saved beside them or instead of them,
 * or one workbook holding every table as a sheet. Each file is matched to its table by name
 * (`match-files.ts`) and read as its tool wrote it (`io/read-table.ts`, `io/read-workbook.ts`).
 *
 * Nothing is silently passed over: a spreadsheet that is not read is named, and a table given by
 * two files (the template's `commitments.csv` beside the `commitments.xlsx` Excel saved) is an
 * error naming both, since reading either one could publish the wrong one. A table with no file
 * is an empty sheet (a publisher without forums may delete `forums.csv`).
 */
import { readTable } from '../io/read-table.js';
import type { Table, TableIssue } from '../io/read-table.js';
import { readWorkbook } from '../io/read-workbook.js';
import { matchFolderFiles } from './match-files.js';
import { conflictIssue, unreadFileIssue } from './folder-issues.js';

export interface SheetFolder {
  tables: Map<string, Table>;
  /** Files or sheets not read, and tables given twice: problems of the folder as a whole. */
  issues: TableIssue[];
}

/** A file by its name (no folders: `commitments.csv`) and its bytes. */
export interface NamedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * Reads every table among the files `names`, asking `read` for the bytes of only those it reads
 * (a folder may hold anything else). Throws `TableEncodingError` or `WorkbookError` for a file
 * that cannot be read at all.
 */
export async function readSheetFiles(
  names: readonly string[],
  read: (name: string) => Promise<Uint8Array> | Uint8Array,
): Promise<SheetFolder> {
  const issues: TableIssue[] = [];
  const found = new Map<string, Table[]>();
  const add = (table: string, value: Table) => found.set(table, [...(found.get(table) ?? []), value]);
  for (const file of matchFolderFiles(names)) {
    if (file.kind === 'unread') {
      issues.push(unreadFileIssue(file.name, file.reason));
      continue;
    }
    const bytes = await read(file.name);
    if (file.kind === 'csv') {
      add(file.table, readTable(bytes, file.name));
      continue;
    }
    const book = await readWorkbook(bytes, file.name);
    issues.push(...book.issues);
    for (const [table, value] of book) add(table, value);
  }
  const tables = new Map<string, Table>();
  for (const [table, given] of found) {
    if (given.length === 1) tables.set(table, given[0]!);
    else
      issues.push(
        conflictIssue(
          table,
          given.map((value) => value.file),
        ),
      );
  }
  return { tables, issues };
}

/** `readSheetFiles` of files already in memory (the studio's). */
export function tablesFromFiles(files: readonly NamedFile[]): Promise<SheetFolder> {
  const byName = new Map(files.map((file) => [file.name, file.bytes]));
  return readSheetFiles([...byName.keys()], (name) => byName.get(name)!);
}
