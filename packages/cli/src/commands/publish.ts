/**
 * `ogp-embed publish <feed.json | URL | -> -o <folder>`: the folder to upload to any static host.
 * It holds the feed as `feed.json` (compact: the same data, a quarter fewer bytes than an indented
 * file) and beside it `feed.parts/`: an index and one small document per commitment, plan and
 * forum, which the elements ask for instead of the whole feed (docs/publishing.md).
 *
 * Nothing published is lost unasked: a feed with errors is not published (parts cut from a feed
 * the elements would read differently could say something else than the whole); a feed that
 * would make commitments already published disappear stops unless `--allow-shrink`; the host's
 * own files in the folder are kept, anything else there is named and the folder left alone.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseFeed } from '@ogp-embed/sdk';
import type { FeedInput } from '@ogp-embed/sdk';
import type { CliContext } from '../cli/context.js';
import { CliError, EXIT } from '../cli/exit-codes.js';
import type { ExitCode } from '../cli/exit-codes.js';
import { readText } from '../io/read-source.js';
import { eachPublishedFile, FEED_FILE } from '../publish/published-files.js';
import type { PublishedFile } from '../publish/published-files.js';
import { foreignEntries, writeFolder } from '../publish/write-folder.js';
import { eachSnapshotFile } from '../publish/snapshots.js';
import { formatIssue } from './validate.js';
import { reportOf } from '../feed/check-feed.js';
import { parseJsonOrText } from '../io/json-value.js';

export interface PublishOptions {
  /** Publish even when commitments of the feed already in the folder would disappear. */
  allowShrink?: boolean;
}

/** The commitment ids of a feed's plans, in order; none when it cannot be read. */
function commitmentIds(feed: unknown): string[] {
  const plans = (feed as { plans?: { commitments?: { id?: unknown }[] }[] } | null)?.plans;
  if (!Array.isArray(plans)) return [];
  return plans
    .flatMap((plan) => (Array.isArray(plan?.commitments) ? plan.commitments : []))
    .flatMap((c) => (typeof c?.id === 'string' ? [c.id] : []));
}

/** Commitments of the feed already published in `folder` that `feed` no longer has. */
async function disappearing(folder: string, feed: FeedInput): Promise<{ lost: string[]; before: number }> {
  let published: unknown;
  try {
    published = JSON.parse(await readFile(join(folder, FEED_FILE), 'utf8'));
  } catch {
    return { lost: [], before: 0 };
  }
  const before = commitmentIds(published);
  const now = new Set(commitmentIds(feed));
  return { lost: before.filter((id) => !now.has(id)), before: before.length };
}

export async function publishCommand(
  ctx: CliContext,
  source: string,
  output: string,
  options: PublishOptions = {},
): Promise<ExitCode> {
  const folder = resolve(ctx.cwd, output);
  const foreign = await foreignEntries(folder).catch(() => []);
  if (foreign.length) throw new CliError(ctx.t.publishNotEmpty(output, foreign), EXIT.unreadable);
  const name = source === '-' ? 'stdin' : source;
  // Parsed once; the text (the largest thing held) is let go as soon as it is.
  let value: unknown = parseJsonOrText(await readText(ctx, source));
  // Checked once, as the elements read it: the report and the snapshots come from the same result.
  const parsed = parseFeed(value, { mode: 'lenient' });
  const report = reportOf(parsed, name);
  if (!report.valid) {
    for (const issue of report.issues) ctx.error(formatIssue(ctx, issue));
    ctx.error(ctx.t.invalid(name, report.errors, report.warnings));
    ctx.error(ctx.t.publishInvalid());
    return EXIT.invalid;
  }
  const { lost, before } = await disappearing(folder, value as FeedInput);
  if (lost.length && !options.allowShrink) {
    ctx.error(ctx.t.publishShrinks(output, lost.length, before, lost.slice(0, 5)));
    return EXIT.invalid;
  }
  // The feed as read (its parts are cut from it) and its bytes, held only until the parts are
  // written: the snapshots need the parsed feed alone. Peak memory is about twice what is held
  // (the rest is garbage not yet collected), so what is let go early counts twice.
  let whole: { feed: FeedInput; bytes: Buffer } | undefined = {
    feed: value as FeedInput,
    bytes: Buffer.from(JSON.stringify(value), 'utf8'),
  };
  // Let go for the collector: this function's frame stays alive while the folder is written.
  // eslint-disable-next-line no-useless-assignment
  value = undefined;
  const feedSize = whole.bytes.length;
  const counts = new Map<string, number>();
  let largest = 0;
  const tally = (file: PublishedFile) => {
    counts.set(file.kind, (counts.get(file.kind) ?? 0) + 1);
    if (file.kind === 'commitment') largest = Math.max(largest, file.bytes.length);
  };
  // The feed, its parts, then each element's snapshot beside its part in each language the feed
  // speaks (publish/snapshots.ts): every file made when the writer reaches it, none held after.
  async function* files() {
    yield* eachPublishedFile(whole!.bytes, whole!.feed);
    whole = undefined;
    yield* eachSnapshotFile(parsed.feed!);
  }
  let summary;
  try {
    summary = await writeFolder(folder, files(), tally);
  } catch (error) {
    throw new CliError(
      ctx.t.couldNotWrite(output, (error as NodeJS.ErrnoException).code ?? String(error)),
      EXIT.unreadable,
    );
  }
  const count = (kind: string) => counts.get(kind) ?? 0;
  if (lost.length) ctx.info(ctx.t.publishShrank(lost.length, before));
  ctx.info(ctx.t.published(output, count('commitment'), count('plan'), count('forum'), feedSize, largest));
  ctx.info(ctx.t.publishedChanges(summary.written, summary.unchanged, summary.removed));
  return EXIT.ok;
}
