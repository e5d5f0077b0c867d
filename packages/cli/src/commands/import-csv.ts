/**
 * `ogp-embed import csv <folder | workbook>`: the spreadsheet template's tables (CSV files, or
 * workbooks whose sheets are named like them) into a feed that passes strict parsing. Rows with errors are left out and reported with file, row and column (exit 1,
 * the feed is still written); when no feed can be made (no publisher...) nothing is written.
 */
import { stat } from 'node:fs/promises';
import { languageText } from '@ogp-embed/sdk';
import { basename, dirname, resolve } from 'node:path';
import type { CliContext } from '../cli/context.js';
import { CliError, EXIT } from '../cli/exit-codes.js';
import type { ExitCode } from '../cli/exit-codes.js';
import { unreadable } from '../io/read-source.js';
import { TableEncodingError } from '../io/read-table.js';
import { outputName, withOutput } from '../io/output.js';
import type { SheetIssue } from '../sheets/build-feed.js';
import type { ChildSheet } from '../i18n/nouns.js';
import { readSheetFolder } from '../sheets/read-folder.js';
import type { SheetFolder } from '../sheets/read-folder.js';
import { WorkbookError } from '../io/read-workbook.js';
import { isWorkbookName } from '../sheets/match-files.js';
import { importSheetTables } from '../sheets/import-tables.js';
import type { SlashOrder } from '../ogp-sheet/dates.js';

export interface ImportCsvOptions {
  output?: string;
  json: boolean;
  /** `--date-order dmy|mdy`: how to read `03/04/2024`, which fits both. */
  dateOrder?: SlashOrder;
}

export function formatSheetIssue(ctx: CliContext, issue: SheetIssue): string {
  return `${ctx.t.severity(issue.severity)}: ${ctx.t.sheetIssue(issue.file, issue.row, issue.column, languageText(issue.text, ctx.lang))}`;
}

/** One line for a note that several files share (each read as Windows-1252), naming them all. */
function groupFileNotes(issues: readonly SheetIssue[]): SheetIssue[] {
  const grouped: SheetIssue[] = [];
  const byText = new Map<string, SheetIssue>();
  for (const issue of issues) {
    if (issue.row !== undefined || issue.column !== undefined || issue.leftOut) {
      grouped.push(issue);
      continue;
    }
    const key = `${issue.severity}\u0000${issue.text.en}`;
    const same = byText.get(key);
    if (same) same.file = `${same.file}, ${issue.file}`;
    else {
      const copy = { ...issue };
      byText.set(key, copy);
      grouped.push(copy);
    }
  }
  return grouped;
}

export async function importCsvCommand(ctx: CliContext, source: string, options: ImportCsvOptions): Promise<ExitCode> {
  const path = resolve(ctx.cwd, source);
  let folder: SheetFolder;
  try {
    const isFolder = (await stat(path)).isDirectory();
    if (!isFolder && !isWorkbookName(path))
      throw new CliError(ctx.t.couldNotRead(source, ctx.t.notAFolder()), EXIT.unreadable);
    // A workbook given alone is read as a folder holding only it: its sheets are the tables.
    folder = isFolder ? await readSheetFolder(path) : await readSheetFolder(dirname(path), [basename(path)]);
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (error instanceof TableEncodingError || error instanceof WorkbookError) {
      throw new CliError(
        ctx.t.sheetIssue(error.file, undefined, undefined, languageText(error.text, ctx.lang)),
        EXIT.invalid,
        { file: error.file },
      );
    }
    throw unreadable(ctx, source, error);
  }
  const settled = importSheetTables(folder, options.dateOrder ? { dateOrder: options.dateOrder } : {});
  const { issues, errors, leftOut, complete } = settled;
  const written = settled.value !== undefined && settled.feed !== undefined;

  if (options.json) {
    const to = options.output && options.output !== '-' ? ctx.stdout : ctx.stderr;
    const report = {
      written,
      complete,
      errors,
      warnings: issues.length - errors,
      leftOut,
      dropped: settled.dropped,
      issues,
    };
    to.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    for (const issue of groupFileNotes(issues)) {
      if (issue.severity === 'error' || issue.leftOut || !ctx.quiet) ctx.error(formatSheetIssue(ctx, issue));
    }
  }
  if (!settled.value || !settled.feed) throw new CliError(ctx.t.notPublishable(), EXIT.invalid);
  // A table given twice was read from neither file: a feed written without it would lose it whole.
  if (settled.tableNotRead) throw new CliError(ctx.t.tableNotRead(), EXIT.invalid);
  if (settled.stillTheExample) throw new CliError(ctx.t.stillTheExample(), EXIT.invalid);

  await withOutput(ctx, options.output, async (out) => {
    out.write(`${JSON.stringify(settled.value, null, 2)}\n`);
  });
  const feed = settled.feed;
  const commitments = feed.plans.reduce((sum, plan) => sum + plan.commitments.length, 0);
  if (!options.json) {
    const target = outputName(ctx, options.output);
    if (complete) {
      ctx.info(ctx.t.imported(commitments, feed.plans.length, feed.institutions.length, target));
    } else {
      // The closing summary: every row left out with what went with it, then the totals.
      for (const row of settled.dropped) {
        const children = Object.entries(row.children).filter(([, count]) => count > 0) as [ChildSheet, number][];
        ctx.error(ctx.t.droppedRow(row.file, row.row, row.id, children));
      }
      ctx.error(ctx.t.leftOutTotals(leftOut.rows, leftOut.cells, leftOut.columns, leftOut.files));
      ctx.error(ctx.t.importedPartial(commitments, feed.plans.length, feed.institutions.length, target));
    }
  }
  return complete ? EXIT.ok : EXIT.invalid;
}
