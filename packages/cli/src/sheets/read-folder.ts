/**
 * The CSV files of a folder written by `template` or `export csv`. A file that is not there is
 * an empty sheet (a publisher without forums may delete `forums.csv`).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { SheetTable } from './build-feed.js';
import { FEED_FILE, SHEETS } from './spec.js';

export async function readSheetFolder(folder: string): Promise<Map<string, SheetTable>> {
  const tables = new Map<string, SheetTable>();
  for (const file of [FEED_FILE, ...SHEETS.map((s) => s.file)]) {
    let text: string;
    try {
      text = await readFile(join(folder, file), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    const records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
    const [header = [], ...rows] = records;
    tables.set(file, { file, header, rows });
  }
  return tables;
}
