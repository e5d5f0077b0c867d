/**
 * `ogp-embed template [folder]`: the spreadsheet template, one CSV file per sheet with headers
 * in Spanish and English, filled with one worked example (see `example-feed.ts`). It is the
 * example feed exported, so the template and `export csv` always share one layout.
 * `ogp-embed template book.xlsx`: the same tables as the sheets of one workbook, with a README
 * sheet in the officer's language (`template-workbook.ts`).
 */
import { readdir, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseFeed } from '@ogp-embed/sdk';
import type { CliContext } from '../cli/context.js';
import { CliError, EXIT } from '../cli/exit-codes.js';
import { systemReason } from '../io/system-error.js';
import type { ExitCode } from '../cli/exit-codes.js';
import { EXAMPLE_FEED } from '../sheets/example-feed.js';
import { templateWorkbook } from '../sheets/template-workbook.js';
import { writeSheets } from './export-csv.js';

/** What is in `folder` already; none when it does not exist yet. */
async function existingEntries(ctx: CliContext, folder: string): Promise<string[]> {
  try {
    return await readdir(resolve(ctx.cwd, folder));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new CliError(ctx.t.couldNotWrite(folder, systemReason(ctx.t, error)), EXIT.unreadable);
  }
}

/** A workbook already there may be a publisher's filled-in one: written over only with `--force`. */
async function writeTemplateWorkbook(ctx: CliContext, file: string, force: boolean): Promise<ExitCode> {
  const path = resolve(ctx.cwd, file);
  const exists = await stat(path).then(
    () => true,
    () => false,
  );
  if (exists && !force) throw new CliError(ctx.t.templateFileExists(file), EXIT.unreadable);
  try {
    await writeFile(path, await templateWorkbook(ctx.lang));
  } catch (error) {
    throw new CliError(ctx.t.couldNotWrite(file, systemReason(ctx.t, error)), EXIT.unreadable);
  }
  ctx.info(ctx.t.template(file));
  return EXIT.ok;
}

/** A folder with anything in it may hold a publisher's filled-in sheets: written over only with `--force`. */
export async function templateCommand(
  ctx: CliContext,
  folder: string,
  options: { force?: boolean } = {},
): Promise<ExitCode> {
  if (/\.xlsx$/i.test(folder)) return writeTemplateWorkbook(ctx, folder, options.force ?? false);
  const existing = await existingEntries(ctx, folder);
  if (existing.length && !options.force)
    throw new CliError(ctx.t.templateNotEmpty(folder, existing.length), EXIT.unreadable);
  const example = parseFeed(EXAMPLE_FEED, { mode: 'strict' });
  if (!example.ok) throw new Error(`the template's example feed is invalid: ${example.issues[0]?.message}`);
  await writeSheets(ctx, example.feed, folder);
  ctx.info(ctx.t.template(folder));
  return EXIT.ok;
}
