/**
 * The template's tables from files given by name and bytes: a folder on disk (`import csv`) or
 * files a browser opened (the studio). A file whose name is not one of the template's is not
 * read, and said so: nothing is taken silently, nothing dropped silently.
 */
import { readTable } from '../io/read-table.js';
import type { Table } from '../io/read-table.js';
import { FEED_FILE, SHEETS } from './spec.js';

export interface NamedFile {
  /** The file's name, without folders: `commitments.csv`. */
  name: string;
  bytes: Uint8Array;
}

/** The file names of the template, feed.csv first. */
export const SHEET_FILES: readonly string[] = [FEED_FILE, ...SHEETS.map((s) => s.file)];

export interface NamedTables {
  /** By the template's file name. */
  tables: Map<string, Table>;
  /** Files given that are not the template's tables. */
  unread: string[];
}

/** Reads each file named like a table of the template; throws `TableEncodingError` for one that cannot be decoded. */
export function tablesFromFiles(files: Iterable<NamedFile>): NamedTables {
  const byName = new Map<string, NamedFile>();
  const unread: string[] = [];
  for (const file of files) {
    if (SHEET_FILES.includes(file.name)) byName.set(file.name, file);
    else unread.push(file.name);
  }
  const tables = new Map<string, Table>();
  // In the template's order, whatever the order the files came in.
  for (const name of SHEET_FILES) {
    const file = byName.get(name);
    if (file) tables.set(name, readTable(file.bytes, name));
  }
  return { tables, unread };
}
