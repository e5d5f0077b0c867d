/**
 * `ogp-embed export csv <feed.json> -o <folder>`: a feed as flat CSV files, one per kind of
 * entity, for open-data portals and spreadsheets; `import csv` reads them back to the same feed.
 * Only a valid feed is exported: an invalid one is reported as `validate` would (exit 1).
 */
import { join, resolve } from 'node:path';
import { parseFeed } from '@ogp-embed/sdk';
import type { Feed } from '@ogp-embed/sdk';
import type { CliContext } from '../cli/context.js';
import { CliError, EXIT } from '../cli/exit-codes.js';
import type { ExitCode } from '../cli/exit-codes.js';
import { writeFileAtomically } from '../io/atomic-file.js';
import { readText } from '../io/read-source.js';
import { flattenFeed } from '../sheets/flatten.js';
import { toCsv } from '../sheets/csv-text.js';
import { formatIssue } from './validate.js';
import { systemReason } from '../io/system-error.js';

/** Writes every sheet of `feed` into `folder`, each file atomically. */
export async function writeSheets(ctx: CliContext, feed: Feed, folder: string): Promise<number> {
  const sheets = flattenFeed(feed);
  const target = resolve(ctx.cwd, folder);
  try {
    for (const sheet of sheets) await writeFileAtomically(join(target, sheet.file), toCsv(sheet.rows));
  } catch (error) {
    throw new CliError(ctx.t.couldNotWrite(folder, systemReason(ctx.t, error)), EXIT.unreadable);
  }
  return sheets.length;
}

export async function exportCsvCommand(ctx: CliContext, source: string, folder: string): Promise<ExitCode> {
  const text = await readText(ctx, source);
  const result = parseFeed(text, { mode: 'strict' });
  if (!result.ok) {
    for (const issue of result.issues) ctx.error(formatIssue(ctx, issue));
    ctx.error(ctx.t.invalid(source, result.issues.filter((i) => i.severity === 'error').length, 0));
    return EXIT.invalid;
  }
  const files = await writeSheets(ctx, result.feed, folder);
  ctx.info(ctx.t.exported(files, folder));
  return EXIT.ok;
}
