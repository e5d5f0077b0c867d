/**
 * `ogp-embed validate <feed.json | URL | ->`: every problem of a feed with its JSON path, what
 * was expected and what was found; a summary count; exit 0 (valid), 1 (invalid), 2 (unreadable).
 *
 * It parses leniently so that one bad commitment does not hide the problems of the others
 * (strict parsing stops at the schema and never reaches the cross-reference checks); any error
 * makes the feed invalid, exactly as strict parsing would.
 */
import { issueMessage } from '@ogp-embed/sdk';
import type { FeedIssue } from '@ogp-embed/sdk';
import { checkFeedText } from '../feed/check-feed.js';
import type { CliContext } from '../cli/context.js';
import { EXIT } from '../cli/exit-codes.js';
import type { ExitCode } from '../cli/exit-codes.js';
import { isUrl, readText } from '../io/read-source.js';
import { checkFolder } from '../publish/check-folder.js';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export { checkFeedText };
export type { ValidationReport } from '../feed/check-feed.js';

export interface ValidateOptions {
  json: boolean;
}

export function formatIssue(ctx: CliContext, issue: Omit<FeedIssue, 'segments'>): string {
  const dropped = issue.dropped ? ` ${ctx.t.dropped(issue.dropped)}` : '';
  return `${ctx.t.severity(issue.severity)}: ${issueMessage(issue, ctx.lang)}${dropped}`;
}

/** Whether `source` names a published folder (one with `feed.json` or `feed.parts/`), to be checked as such. */
async function isFolder(ctx: CliContext, source: string): Promise<boolean> {
  if (source === '-' || isUrl(source)) return false;
  const exists = (name: string) => stat(resolve(ctx.cwd, source, name)).then(() => true, () => false);
  return (await exists('feed.json')) || (await exists('feed.parts'));
}

export async function validateCommand(ctx: CliContext, source: string, options: ValidateOptions): Promise<ExitCode> {
  const folder = await isFolder(ctx, source);
  const published = folder ? await checkFolder(resolve(ctx.cwd, source)) : undefined;
  const text = published?.feed ? published.feed.toString('utf8') : await readText(ctx, folder ? join(source, 'feed.json') : source);
  const name = source === '-' ? 'stdin' : folder ? join(source, 'feed.json') : source;
  const report = checkFeedText(text, name);
  const feedValid = report.valid;
  if (published) {
    report.published = { checked: published.checked, problems: published.problems };
    if (published.problems.some((problem) => problem.severity === 'error')) report.valid = false;
  }
  if (options.json) {
    ctx.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    for (const issue of report.issues) ctx.stdout.write(`${formatIssue(ctx, issue)}\n`);
    const summary = feedValid
      ? ctx.t.valid(name, report.plans, report.commitments) + (report.warnings ? ` ${ctx.t.warningsOnly(report.warnings)}` : '')
      : ctx.t.invalid(name, report.errors, report.warnings);
    ctx.stdout.write(`${summary}\n`);
    if (published) {
      for (const p of published.problems) ctx.stdout.write(`${ctx.t.folderProblem(p.code, p.path, p.part)}\n`);
      const errors = published.problems.filter((p) => p.severity === 'error').length;
      ctx.stdout.write(`${errors ? ctx.t.folderInvalid(source, errors) : ctx.t.folderValid(source, published.checked)}\n`);
    }
  }
  return report.valid ? EXIT.ok : EXIT.invalid;
}
