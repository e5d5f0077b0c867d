/**
 * The template's tables into a feed, with the whole report: every problem at its file, row and
 * column, and what was left out, counted. One function for `import csv` and the studio, so both
 * say the same about the same sheets.
 */
import type { Feed } from '@ogp-embed/sdk';
import type { Table, TableIssue } from '../io/read-table.js';
import { buildFeed } from './build-feed.js';
import type { BuildOptions, SheetIssue } from './build-feed.js';
import { exampleIssues } from './example-check.js';
import { settleFeed } from './settle-feed.js';
import type { DroppedRow } from './settle-feed.js';

export interface LeftOut {
  rows: number;
  cells: number;
  columns: number;
  files: number;
}

export interface SheetImport {
  /** The feed as it would be written; absent when no feed can be made (no publisher...). */
  value?: Record<string, unknown>;
  feed?: Feed;
  /** Every problem: the folder's (files not read), the tables' own, then the rows', then the feed's. */
  issues: SheetIssue[];
  errors: number;
  warnings: number;
  leftOut: LeftOut;
  /** Rows left out with everything under them. */
  dropped: DroppedRow[];
  /** A table was read from no file (given by two): a feed without it would lose it whole. */
  tableNotRead: boolean;
  /** The template's example is still in it: publishing it would publish the example. */
  stillTheExample: boolean;
  /** Nothing was wrong and nothing left out: the only case that earns a ✓. */
  complete: boolean;
}

export function countLeftOut(issues: readonly SheetIssue[]): LeftOut {
  const count = (what: SheetIssue['leftOut']) => issues.filter((i) => i.leftOut === what).length;
  return { rows: count('row'), cells: count('cell'), columns: count('column'), files: count('file') };
}

/** A folder's tables by the template's file names (`commitments.csv`...) and the folder's own issues: see `readSheetFiles`. */
export function importSheetTables(
  folder: { tables: ReadonlyMap<string, Table>; issues?: readonly TableIssue[] },
  options: BuildOptions & { now?: Date } = {},
): SheetImport {
  const { tables } = folder;
  const built = buildFeed(tables, options.now ?? new Date(), options.dateOrder ? { dateOrder: options.dateOrder } : {});
  const settled = settleFeed(built.feed, built.origins, built.broken);
  const example = settled.value ? exampleIssues(settled.value, built.origins) : [];
  const issues = [
    ...(folder.issues ?? []),
    ...[...tables.values()].flatMap((table) => table.issues),
    ...built.issues,
    ...settled.issues,
    ...example,
  ];
  const errors = issues.filter((i) => i.severity === 'error').length;
  const leftOut = countLeftOut(issues);
  return {
    ...(settled.value && settled.feed ? { value: settled.value, feed: settled.feed } : {}),
    issues,
    errors,
    warnings: issues.length - errors,
    leftOut,
    dropped: settled.dropped,
    tableNotRead: (folder.issues ?? []).some((issue) => issue.severity === 'error' && issue.leftOut === 'file'),
    stillTheExample: example.length > 0,
    complete: errors === 0 && leftOut.rows + leftOut.cells + leftOut.columns + leftOut.files === 0,
  };
}
