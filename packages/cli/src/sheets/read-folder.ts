/**
 * A publisher's folder as the template's tables: CSV files (`template`, `export csv`, or
 * downloaded from Google Sheets), workbooks saved beside them or instead of them, or one workbook
 * holding every table as a sheet. Each file is matched to its table by name (`match-files.ts`)
 * and read as its tool wrote it (`io/read-table.ts`, `io/read-workbook.ts`).
 *
 * Nothing is silently passed over: a spreadsheet that is not read is named, and a table given by
 * two files (the template's `commitments.csv` beside the `commitments.xlsx` Excel saved) is an
 * error naming both, since reading either one could publish the wrong one. A table with no file
 * is an empty sheet (a publisher without forums may delete `forums.csv`).
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { readTable } from '../io/read-table.js';
import type { Table, TableIssue } from '../io/read-table.js';
import { readWorkbook } from '../io/read-workbook.js';
import { matchFolderFiles } from './match-files.js';
import { unreadFileIssue, conflictIssue } from './folder-issues.js';

export interface SheetFolder {
  tables: Map<string, Table>;
  /** Files or sheets not read, and tables given twice: problems of the folder as a whole. */
  issues: TableIssue[];
}

/** Reads every table of `folder`; `names` limits it to those files (a single workbook given). */
export async function readSheetFolder(folder: string, names?: readonly string[]): Promise<SheetFolder> {
  const files = matchFolderFiles(names ?? (await readdir(folder)));
  const issues: TableIssue[] = [];
  const found = new Map<string, Table[]>();
  const add = (table: string, value: Table) => found.set(table, [...(found.get(table) ?? []), value]);
  for (const file of files) {
    if (file.kind === 'unread') {
      issues.push(unreadFileIssue(file.name, file.reason));
      continue;
    }
    const bytes = await readFile(join(folder, file.name));
    if (file.kind === 'csv') {
      add(file.table, readTable(bytes, file.name));
      continue;
    }
    const book = await readWorkbook(bytes, basename(file.name));
    issues.push(...book.issues);
    for (const [table, value] of book) add(table, value);
  }
  const tables = new Map<string, Table>();
  for (const [table, given] of found) {
    if (given.length === 1) tables.set(table, given[0]!);
    else issues.push(conflictIssue(table, given.map((value) => value.file)));
  }
  return { tables, issues };
}
