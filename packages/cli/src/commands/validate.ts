/**
 * `ogp-embed validate <feed.json | URL | ->`: every problem of a feed with its JSON path, what
 * was expected and what was found; a summary count; exit 0 (valid), 1 (invalid), 2 (unreadable).
 *
 * It parses leniently so that one bad commitment does not hide the problems of the others
 * (strict parsing stops at the schema and never reaches the cross-reference checks); any error
 * makes the feed invalid, exactly as strict parsing would.
 */
import { languageText, issueMessage } from '@ogp-embed/sdk';
import type { FeedIssue } from '@ogp-embed/sdk';
import { checkFeedText, reportOf } from '../feed/check-feed.js';
import type { CliContext } from '../cli/context.js';
import { EXIT } from '../cli/exit-codes.js';
import type { ExitCode } from '../cli/exit-codes.js';
import { decodeText, fetchWithHeaders, isUrl, readText } from '../io/read-source.js';
import { parseJsonOrText } from '../io/json-value.js';
import { hostAdvice, PROBE_ORIGIN } from '../publish/host-headers.js';
import type { HostAdvice, HostKind } from '../publish/host-headers.js';
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
  const exists = (name: string) =>
    stat(resolve(ctx.cwd, source, name)).then(
      () => true,
      () => false,
    );
  return (await exists('feed.json')) || (await exists('feed.parts'));
}

/** What a feed's or script's address answers, as another site's page asks for it. */
async function fetchChecked(
  ctx: CliContext,
  url: string,
): Promise<{ kind: HostKind; bytes: Uint8Array; advice: HostAdvice[] }> {
  const kind: HostKind = /\.m?js$/i.test(new URL(url).pathname) ? 'script' : 'feed';
  const { bytes, headers } = await fetchWithHeaders(
    ctx,
    url,
    kind === 'feed' ? 'application/json' : '*/*',
    PROBE_ORIGIN,
  );
  return { kind, bytes, advice: hostAdvice(kind, headers, bytes.length) };
}

function printAdvice(ctx: CliContext, advice: readonly HostAdvice[]): void {
  for (const item of advice)
    ctx.stdout.write(
      `${ctx.t.severity(item.severity)}: ${ctx.t.hostAdvice(item.header, languageText(item.text, ctx.lang))}\n`,
    );
}

export async function validateCommand(ctx: CliContext, source: string, options: ValidateOptions): Promise<ExitCode> {
  if (isUrl(source)) return validateUrl(ctx, source, options);
  const folder = await isFolder(ctx, source);
  const published = folder ? await checkFolder(resolve(ctx.cwd, source)) : undefined;
  const name = source === '-' ? 'stdin' : folder ? join(source, 'feed.json') : source;
  // A published folder's feed was read and checked with its parts: not read again.
  const report = published?.parsed
    ? reportOf(published.parsed, name)
    : checkFeedText(await readText(ctx, folder ? join(source, 'feed.json') : source), name);
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
      ? ctx.t.valid(name, report.plans, report.commitments) +
        (report.warnings ? ` ${ctx.t.warningsOnly(report.warnings)}` : '')
      : ctx.t.invalid(name, report.errors, report.warnings);
    ctx.stdout.write(`${summary}\n`);
    if (published) {
      for (const p of published.problems) ctx.stdout.write(`${ctx.t.folderProblem(p.code, p.path, p.part)}\n`);
      const errors = published.problems.filter((p) => p.severity === 'error').length;
      ctx.stdout.write(
        `${errors ? ctx.t.folderInvalid(source, errors) : ctx.t.folderValid(source, published.checked)}\n`,
      );
    }
  }
  return report.valid ? EXIT.ok : EXIT.invalid;
}

/** A feed's or the script's public address: the feed as any feed, and the host's headers. */
async function validateUrl(ctx: CliContext, url: string, options: ValidateOptions): Promise<ExitCode> {
  const { kind, bytes, advice } = await fetchChecked(ctx, url);
  const hostErrors = advice.filter((item) => item.severity === 'error').length;
  if (kind === 'script') {
    if (options.json)
      ctx.stdout.write(`${JSON.stringify({ source: url, valid: hostErrors === 0, host: advice }, null, 2)}\n`);
    else {
      printAdvice(ctx, advice);
      ctx.stdout.write(`${hostErrors ? ctx.t.hostInvalid(url, hostErrors) : ctx.t.hostValid(url)}\n`);
    }
    return hostErrors ? EXIT.invalid : EXIT.ok;
  }
  const report = checkFeedText(parseJsonOrText(decodeText(ctx, url, bytes)), url);
  const feedValid = report.valid;
  report.host = advice;
  if (hostErrors) report.valid = false;
  if (options.json) {
    ctx.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    for (const issue of report.issues) ctx.stdout.write(`${formatIssue(ctx, issue)}\n`);
    const summary = feedValid
      ? ctx.t.valid(url, report.plans, report.commitments) +
        (report.warnings ? ` ${ctx.t.warningsOnly(report.warnings)}` : '')
      : ctx.t.invalid(url, report.errors, report.warnings);
    ctx.stdout.write(`${summary}\n`);
    printAdvice(ctx, advice);
    if (advice.length)
      ctx.stdout.write(`${hostErrors ? ctx.t.hostInvalid(url, hostErrors) : ctx.t.hostWarnings(advice.length)}\n`);
  }
  return report.valid ? EXIT.ok : EXIT.invalid;
}
