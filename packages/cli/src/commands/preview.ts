/**
 * `ogp-embed preview <feed.json>`: serves a page with the elements on the feed and follows the
 * file: save it (or re-run an import into it) and the page shows the change within two seconds.
 * Each change is validated and summed up on the terminal. Stops cleanly on Ctrl+C / SIGTERM.
 */
import { watch } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { FSWatcher } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import type { CliContext } from '../cli/context.js';
import { CliError, EXIT } from '../cli/exit-codes.js';
import type { ExitCode } from '../cli/exit-codes.js';
import { unreadable } from '../io/read-source.js';
import { FeedFile } from '../preview/feed-file.js';
import { publishedLayout } from '../preview/published-layout.js';
import { previewPage, previewScript } from '../preview/page.js';
import { startPreviewServer } from '../preview/server.js';
import { checkFeedText } from './validate.js';
import { systemReason } from '../io/system-error.js';

export interface PreviewOptions {
  port?: string;
  plan?: string;
  bundle?: string;
  /** Starts listening for the user's stop request; resolves when it comes. */
  stop?: () => Promise<void>;
}

const DEFAULT_PORT = 8040;

/** Where `npm run build` puts the elements' browser bundle, if the package can be found. */
function defaultBundle(ctx: CliContext): string {
  try {
    const require = createRequire(join(ctx.cwd, 'package.json'));
    return join(dirname(require.resolve('@ogp-embed/elements/package.json')), 'dist', 'ogp-embed.js');
  } catch {
    try {
      const require = createRequire(import.meta.url);
      return join(dirname(require.resolve('@ogp-embed/elements/package.json')), 'dist', 'ogp-embed.js');
    } catch {
      return join(ctx.cwd, 'ogp-embed.js');
    }
  }
}

export async function previewCommand(ctx: CliContext, source: string, options: PreviewOptions): Promise<ExitCode> {
  const path = resolve(ctx.cwd, source);
  const port = options.port === undefined ? DEFAULT_PORT : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new CliError(ctx.t.badValue('--port', options.port ?? ''), EXIT.usage);

  let first = true;
  const feed = new FeedFile(path, (body) => {
    const report = checkFeedText(body.toString('utf8'), source);
    if (!first) ctx.info(ctx.t.previewFeed(report.errors, report.warnings));
    first = false;
  });
  let plan = options.plan;
  let feedLanguage: string | undefined;
  try {
    const { body } = await feed.current();
    const check = checkFeedText(body.toString('utf8'), source);
    if (!check.valid) ctx.info(ctx.t.invalid(source, check.errors, check.warnings));
    let value: { plans?: Array<{ id?: unknown }>; defaultLanguage?: unknown } | undefined;
    try {
      value = JSON.parse(body.toString('utf8'));
    } catch {
      // Not JSON yet: the page shows the elements' error state until it is.
    }
    if (typeof value?.defaultLanguage === 'string') feedLanguage = value.defaultLanguage;
    const ids = (Array.isArray(value?.plans) ? value.plans : [])
      .map((p) => p?.id)
      .filter((id): id is string => typeof id === 'string');
    // A --plan that is not in the feed would show nothing: say which plans there are.
    if (plan && value && !ids.includes(plan)) throw new CliError(ctx.t.noPlanInFeed(plan, source, ids), EXIT.invalid);
    plan ??= ids[0];
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw unreadable(ctx, source, error);
  }

  const bundlePath = options.bundle ? resolve(ctx.cwd, options.bundle) : defaultBundle(ctx);
  let running;
  try {
    running = await startPreviewServer({
      feed,
      bundlePath,
      page: (bundle) => previewPage({ plan, bundle, lang: ctx.lang, feedLanguage }),
      script: previewScript(ctx.lang),
      port,
      published: publishedLayout(feed),
    });
  } catch (error) {
    throw new CliError(ctx.t.couldNotWrite(`127.0.0.1:${port}`, systemReason(ctx.t, error)), EXIT.unreadable);
  }
  ctx.stdout.write(`${running.url}\n`);
  ctx.info(ctx.t.previewListening(running.url));
  if (
    !(await stat(bundlePath).then(
      () => true,
      () => false,
    ))
  )
    ctx.info(ctx.t.previewNoBundle(bundlePath));

  // Watching the folder, not the file: an atomic replace gives the file a new inode.
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dirname(path), (_event, name) => {
      if (name === null || name === basename(path)) void feed.current().catch(() => undefined);
    });
  } catch {
    // No file events here: requests still pick up changes.
  }

  await (options.stop?.() ?? new Promise<void>(() => {}));
  watcher?.close();
  await running.close();
  ctx.info(ctx.t.previewStopped());
  return EXIT.ok;
}
