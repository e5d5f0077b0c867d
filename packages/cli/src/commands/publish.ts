/**
 * `ogp-embed publish <feed.json | URL | -> -o <folder>`: the folder to upload to any static host.
 * It holds the feed as `feed.json`, byte for byte, and beside it `feed.parts/`: an index and one
 * small document per commitment, plan and forum, which the elements ask for instead of the whole
 * feed (docs/publishing.md). A feed with errors is not published: parts cut from a feed the
 * elements would read differently could say something else than the whole.
 */
import { resolve } from 'node:path';
import { parseFeed } from '@ogp-embed/sdk';
import type { FeedInput } from '@ogp-embed/sdk';
import type { CliContext } from '../cli/context.js';
import { CliError, EXIT } from '../cli/exit-codes.js';
import type { ExitCode } from '../cli/exit-codes.js';
import { readText } from '../io/read-source.js';
import { publishedFiles } from '../publish/published-files.js';
import { snapshotFiles } from '../publish/snapshots.js';
import { replaceable, writeFolder } from '../publish/write-folder.js';
import { checkFeedText, formatIssue } from './validate.js';

export async function publishCommand(ctx: CliContext, source: string, output: string): Promise<ExitCode> {
  const folder = resolve(ctx.cwd, output);
  if (!(await replaceable(folder))) throw new CliError(ctx.t.publishNotEmpty(output), EXIT.unreadable);
  const text = await readText(ctx, source);
  const name = source === '-' ? 'stdin' : source;
  const report = checkFeedText(text, name);
  if (!report.valid) {
    for (const issue of report.issues) ctx.error(formatIssue(ctx, issue));
    ctx.error(ctx.t.invalid(name, report.errors, report.warnings));
    ctx.error(ctx.t.publishInvalid());
    return EXIT.invalid;
  }
  const bytes = Buffer.from(text, 'utf8');
  const files = publishedFiles(bytes, JSON.parse(text) as FeedInput);
  // Each element's snapshot beside its slice, in each language the feed speaks (publish/snapshots.ts).
  files.push(...(await snapshotFiles(parseFeed(text).feed!)));
  try {
    await writeFolder(folder, files);
  } catch (error) {
    throw new CliError(ctx.t.couldNotWrite(output, (error as NodeJS.ErrnoException).code ?? String(error)), EXIT.unreadable);
  }
  const parts = files.filter((file) => file.id !== undefined);
  const count = (kind: string) => parts.filter((file) => file.kind === kind).length;
  const largest = Math.max(0, ...parts.filter((file) => file.kind === 'commitment').map((file) => file.bytes.length));
  ctx.info(ctx.t.published(output, count('commitment'), count('plan'), count('forum'), bytes.length, largest));
  return EXIT.ok;
}
