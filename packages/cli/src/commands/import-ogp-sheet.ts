/**
 * `ogp-embed import ogp-sheet <file.csv | ->`: OGP's commitments sheet into a feed.
 * Rows that cannot be read are reported with row and column and skipped; the rest is written.
 * Exit 1 when a row was skipped (the feed is still written), 2 when the input is unreadable
 * or an option is wrong.
 */
import { languageText, LanguageTag } from '@ogp-embed/sdk';
import type { CliContext } from '../cli/context.js';
import { CliError, EXIT } from '../cli/exit-codes.js';
import type { ExitCode } from '../cli/exit-codes.js';
import { TextSink } from '../feed/text-sink.js';
import { openStream, sourceName, unreadable } from '../io/read-source.js';
import { TableEncodingError } from '../io/read-table.js';
import { outputName, withOutput } from '../io/output.js';
import { createProgress } from '../io/progress.js';
import { importOgpSheet, NotAnOgpSheetError, NothingMatchedError } from '../ogp-sheet/import-sheet.js';
import type { OgpSheetSummary, SpilledRow } from '../ogp-sheet/import-sheet.js';
import { SpillFile } from '../ogp-sheet/spill.js';
import type { RowIssue } from '../ogp-sheet/row-issues.js';

export interface ImportOgpSheetOptions {
  output?: string;
  country?: string;
  plan?: string;
  language?: string;
  json: boolean;
  now?: Date;
}

/** Issues shown on the terminal; `--json` gives all of them. */
const SHOWN_ISSUES = 50;

export function formatRowIssue(ctx: CliContext, issue: RowIssue): string {
  return `${ctx.t.severity(issue.severity)}: ${ctx.t.where(issue.row, issue.column)}: ${ctx.t.rowIssue(issue)}`;
}

export async function importOgpSheetCommand(
  ctx: CliContext,
  source: string,
  options: ImportOgpSheetOptions,
): Promise<ExitCode> {
  if (options.language !== undefined && !LanguageTag.safeParse(options.language).success) {
    throw new CliError(ctx.t.badValue('--feed-language', options.language), EXIT.usage);
  }
  const { stream, size } = await openStream(ctx, source);
  const bytesRead = () => ('bytesRead' in stream ? (stream.bytesRead as number) : undefined);
  const progress = createProgress(ctx, bytesRead, size);
  let summary: OgpSheetSummary;
  try {
    summary = await withOutput(ctx, options.output, (out) =>
      importOgpSheet(stream, new TextSink(out), {
        country: options.country,
        plan: options.plan,
        language: options.language,
        now: options.now,
        // Commitments wait in a scratch file, not in memory: OGP's sheet grows every year.
        store: new SpillFile<SpilledRow>(),
        onProgress: (rows) => progress.update(rows),
        file: sourceName(ctx, source),
        onEncoding: (encoding) => {
          if (encoding === 'windows-1252' && !options.json) ctx.info(ctx.t.readAs1252(sourceName(ctx, source)));
        },
      }),
    );
  } catch (error) {
    if (error instanceof NotAnOgpSheetError) throw new CliError(ctx.t.notOgpSheet(error.missing), EXIT.invalid);
    if (error instanceof TableEncodingError)
      throw new CliError(`${error.file}: ${languageText(error.text, ctx.lang)}`, EXIT.invalid, { file: error.file });
    if (error instanceof NothingMatchedError) {
      const text =
        error.kind === 'country'
          ? ctx.t.noCountryMatch(error.filter.country ?? '', error.available)
          : ctx.t.noPlanMatch(error.filter.plan ?? '', error.filter.country, error.available);
      throw new CliError(text, EXIT.invalid);
    }
    if (error instanceof CliError) throw error;
    if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
      throw unreadable(ctx, source, error);
    }
    throw error;
  } finally {
    progress.done();
  }

  const warnings = summary.issues.filter((i) => i.severity === 'warning').length;
  if (options.json) {
    const { issues, ...counts } = summary;
    // The feed may be on stdout; the report then goes to stderr.
    const to = options.output && options.output !== '-' ? ctx.stdout : ctx.stderr;
    to.write(`${JSON.stringify({ ...counts, warnings, issues }, null, 2)}\n`);
  } else {
    const issues = ctx.quiet ? summary.issues.filter((i) => i.severity === 'error') : summary.issues;
    for (const issue of issues.slice(0, SHOWN_ISSUES)) ctx.error(formatRowIssue(ctx, issue));
    if (issues.length > SHOWN_ISSUES) ctx.error(ctx.t.moreIssues(issues.length - SHOWN_ISSUES));
    const target = outputName(ctx, options.output);
    // "✓" only when every row went in.
    ctx.info(
      summary.skipped
        ? ctx.t.importedPartial(summary.imported, summary.plans, summary.institutions, target)
        : ctx.t.imported(summary.imported, summary.plans, summary.institutions, target),
    );
    if (summary.skipped || warnings) ctx.info(ctx.t.skippedRows(summary.skipped, warnings));
  }
  return summary.skipped ? EXIT.invalid : EXIT.ok;
}
