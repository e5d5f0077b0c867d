/**
 * The CSV files of a folder written by `template` or `export csv`, each read as a spreadsheet
 * wrote it (see `io/read-table.ts`). A file that is not there is an empty sheet (a publisher
 * without forums may delete `forums.csv`).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Table } from '../io/read-table.js';
import { SHEET_FILES, tablesFromFiles } from './named-tables.js';
import type { NamedFile } from './named-tables.js';

export async function readSheetFolder(folder: string): Promise<Map<string, Table>> {
  const files: NamedFile[] = [];
  for (const name of SHEET_FILES) {
    try {
      files.push({ name, bytes: await readFile(join(folder, name)) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
  }
  return tablesFromFiles(files).tables;
}
