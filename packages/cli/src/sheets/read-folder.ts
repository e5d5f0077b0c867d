/**
 * A publisher's folder on disk as the template's tables: its file names and, for the files that
 * are tables, their bytes, read by `named-tables.ts` (which the studio uses for files a browser
 * opened).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readSheetFiles } from './named-tables.js';
import type { SheetFolder } from './named-tables.js';

export type { SheetFolder };

/** Reads every table of `folder`; `names` limits it to those files (a single workbook given). */
export async function readSheetFolder(folder: string, names?: readonly string[]): Promise<SheetFolder> {
  return readSheetFiles(names ?? (await readdir(folder)), (name) => readFile(join(folder, name)));
}
