/**
 * `ogp-embed template [folder]`: the spreadsheet template, one CSV file per sheet with headers
 * in Spanish and English, filled with one worked example (see `example-feed.ts`). It is the
 * example feed exported, so the template and `export csv` always share one layout.
 */
import { parseFeed } from '@ogp-embed/sdk';
import type { CliContext } from '../cli/context.js';
import { EXIT } from '../cli/exit-codes.js';
import type { ExitCode } from '../cli/exit-codes.js';
import { EXAMPLE_FEED } from '../sheets/example-feed.js';
import { writeSheets } from './export-csv.js';

export async function templateCommand(ctx: CliContext, folder: string): Promise<ExitCode> {
  const example = parseFeed(EXAMPLE_FEED, { mode: 'strict' });
  if (!example.ok) throw new Error(`the template's example feed is invalid: ${example.issues[0]?.message.en}`);
  await writeSheets(ctx, example.feed, folder);
  ctx.info(ctx.t.template(folder));
  return EXIT.ok;
}
