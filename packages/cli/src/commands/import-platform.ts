/**
 * `ogp-embed import decidim <file>` and `ogp-embed import gobierto <file>`: a platform's own
 * export into a feed, reported as `import csv` reports (file, row, column, what was expected,
 * what was found). A row with an error is left out and the rest written (exit 1); when no feed
 * can be made, nothing is written. The feed is written atomically.
 */
import { basename, extname, resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { languageText } from '@ogp-embed/sdk';
import type { CliContext } from '../cli/context.js';
import { CliError, EXIT } from '../cli/exit-codes.js';
import type { ExitCode } from '../cli/exit-codes.js';
import { unreadable } from '../io/read-source.js';
import { outputName, withOutput } from '../io/output.js';
import { NotPlatformFormatError, textIn } from '../platforms/imported-plan.js';
import { importPlatform } from '../platforms/import-platform.js';
import type { Platform, PlatformImport } from '../platforms/import-platform.js';
import { TableEncodingError } from '../io/read-table.js';

export type { Platform };

export interface ImportPlatformOptions {
  output?: string;
  json: boolean;
  publisher?: string;
  country?: string;
  language?: string;
  plan?: string;
  title?: string;
  now?: Date;
}

async function readBytes(ctx: CliContext, source: string): Promise<Uint8Array> {
  try {
    if (source === '-') {
      const chunks: Buffer[] = [];
      for await (const chunk of ctx.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      return Buffer.concat(chunks);
    }
    return await readFile(resolve(ctx.cwd, source));
  } catch (error) {
    throw unreadable(ctx, source, error);
  }
}

export async function importPlatformCommand(
  ctx: CliContext,
  platform: Platform,
  source: string,
  options: ImportPlatformOptions,
): Promise<ExitCode> {
  const bytes = await readBytes(ctx, source);
  const file = source === '-' ? 'stdin' : basename(source);
  const baseName = source === '-' ? platform : basename(source, extname(source));
  const now = options.now ?? new Date();
  let settled: PlatformImport;
  try {
    settled = importPlatform(platform, bytes, file, baseName, { ...options, now });
  } catch (error) {
    if (error instanceof TableEncodingError) {
      throw new CliError(
        ctx.t.sheetIssue(error.file, undefined, undefined, languageText(error.text, ctx.lang)),
        EXIT.invalid,
        { file: error.file },
      );
    }
    if (error instanceof NotPlatformFormatError)
      throw new CliError(ctx.t.notPlatformFormat(source, textIn(error.expected, ctx.lang)), EXIT.invalid);
    throw error;
  }
  const { issues, errors, commitments, written } = settled;

  if (options.json) {
    const to = options.output && options.output !== '-' ? ctx.stdout : ctx.stderr;
    to.write(`${JSON.stringify({ written, errors, warnings: issues.length - errors, issues }, null, 2)}\n`);
  } else {
    for (const issue of issues) {
      if (issue.severity !== 'error' && ctx.quiet) continue;
      // A fact about the whole file (no row) is said without one.
      const text = textIn(issue.text, ctx.lang);
      ctx.error(
        `${ctx.t.severity(issue.severity)}: ${issue.row === undefined ? `${issue.file}: ${text}` : ctx.t.sheetIssue(issue.file, issue.row, issue.column, text)}`,
      );
    }
  }
  if (!written) {
    // Under --json the report above already says `written: false`: one JSON document on stdout.
    if (!options.json) throw new CliError(ctx.t.nothingImported(source), EXIT.invalid);
    ctx.error(ctx.t.nothingImported(source));
    return EXIT.invalid;
  }

  await withOutput(ctx, options.output, async (out) => {
    out.write(`${JSON.stringify(settled.value, null, 2)}\n`);
  });
  if (!options.json) ctx.info(ctx.t.imported(commitments, 1, 0, outputName(ctx, options.output)));
  return errors ? EXIT.invalid : EXIT.ok;
}
