/**
 * The CSV files of a folder written by `template` or `export csv`, each read as a spreadsheet
 * wrote it (see `io/read-table.ts`). A file that is not there is an empty sheet (a publisher
 * without forums may delete `forums.csv`).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readTable } from '../io/read-table.js';
import type { Table } from '../io/read-table.js';
import { FEED_FILE, SHEETS } from './spec.js';

export async function readSheetFolder(folder: string): Promise<Map<string, Table>> {
  const tables = new Map<string, Table>();
  for (const file of [FEED_FILE, ...SHEETS.map((s) => s.file)]) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(join(folder, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    tables.set(file, readTable(bytes, file));
  }
  return tables;
}
