/**
 * The command line: reads the arguments, picks the language, runs one command, and turns any
 * failure into a message and an exit status (0 ok, 1 invalid input, 2 unreadable/unwritable or a
 * wrong command line).
 */
import { parseArgs } from 'node:util';
import { LanguageTag } from '@ogp-embed/sdk';
// Bundled into the build: the version printed is the one published.
import cliPackage from '../../package.json' with { type: 'json' };
import { createContext } from './context.js';
import type { CliContext } from './context.js';
import { CliError, EXIT } from './exit-codes.js';
import type { ExitCode } from './exit-codes.js';
import { pickCliLanguage } from '../i18n/locale.js';
import { validateCommand } from '../commands/validate.js';
import { importOgpSheetCommand } from '../commands/import-ogp-sheet.js';
import { importCsvCommand } from '../commands/import-csv.js';
import { exportCsvCommand } from '../commands/export-csv.js';
import { importPlatformCommand } from '../commands/import-platform.js';
import { templateCommand } from '../commands/template.js';
import { schemaCommand } from '../commands/schema.js';
import { previewCommand } from '../commands/preview.js';
import { publishCommand } from '../commands/publish.js';
import { snippetCommand } from '../commands/snippet.js';

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  json: { type: 'boolean', default: false },
  quiet: { type: 'boolean', short: 'q', default: false },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', default: false },
  country: { type: 'string' },
  plan: { type: 'string' },
  /** The feed's default language (import ogp-sheet); `--lang` is the language of messages. */
  'feed-language': { type: 'string' },
  /** @deprecated The old name of `--feed-language`, too close to `--lang`; still accepted. */
  language: { type: 'string' },
  publisher: { type: 'string' },
  title: { type: 'string' },
  port: { type: 'string' },
  bundle: { type: 'string' },
  force: { type: 'boolean', default: false },
  // snippet (commands/snippet.ts); `--plan` and `--lang` are shared.
  commitment: { type: 'string' },
  forum: { type: 'string' },
  timeline: { type: 'string' },
  src: { type: 'string' },
  script: { type: 'string' },
  variant: { type: 'string' },
  live: { type: 'boolean' },
  'inline-styles': { type: 'boolean' },
  'no-slices': { type: 'boolean' },
  /** The first name of `--no-slices`. */
  'no-parts': { type: 'boolean' },
  /** `import csv`: how to read `03/04/2024` (`dmy` day first, `mdy` month first). */
  'date-order': { type: 'string' },
  /** `publish`: write even when commitments of the feed already in the folder would disappear. */
  'allow-shrink': { type: 'boolean', default: false },
} as const;

export interface RunIo {
  stdin: CliContext['stdin'];
  stdout: CliContext['stdout'];
  stderr: CliContext['stderr'];
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** For long-running commands (preview): starts listening for a stop request, resolves on it. */
  waitForStop?: () => Promise<void>;
}

const VERSION: string = cliPackage.version;

export async function run(argv: readonly string[], io: RunIo): Promise<ExitCode> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const lang = pickCliLanguage(undefined, io.env);
    const ctx = createContext(lang, false, io);
    ctx.error(ctx.t.badOptions(error instanceof Error ? error.message : String(error)));
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const ctx = createContext(pickCliLanguage(values.lang, io.env), values.quiet, io);
  if (values.version) {
    ctx.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    (values.help ? ctx.stdout : ctx.stderr).write(`${ctx.t.usage()}\n`);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  const need = (value: string | undefined, what: string): string => {
    if (value === undefined) throw new CliError(ctx.t.missingArgument(what), EXIT.usage);
    return value;
  };

  try {
    switch (command) {
      case 'validate':
        return await validateCommand(ctx, need(rest[0], '<feed.json | URL | ->'), { json: values.json });
      case 'import': {
        const [kind, source] = rest;
        if (kind === 'ogp-sheet') {
          if (values.language !== undefined) ctx.info(ctx.t.renamedOption('--language', '--feed-language'));
          return await importOgpSheetCommand(ctx, need(source, '<file.csv | ->'), {
            output: values.output,
            country: values.country,
            plan: values.plan,
            language: values['feed-language'] ?? values.language,
            json: values.json,
          });
        }
        if (kind === 'csv' || kind === 'sheets') {
          const dateOrder = values['date-order'];
          if (dateOrder !== undefined && dateOrder !== 'dmy' && dateOrder !== 'mdy')
            throw new CliError(ctx.t.badValue('--date-order', dateOrder), EXIT.usage);
          return await importCsvCommand(ctx, need(source, '<folder | book.xlsx>'), {
            output: values.output,
            json: values.json,
            ...(dateOrder ? { dateOrder } : {}),
          });
        }
        if (kind === 'decidim' || kind === 'gobierto') {
          if (values.language !== undefined) ctx.info(ctx.t.renamedOption('--language', '--feed-language'));
          const language = values['feed-language'] ?? values.language;
          if (language !== undefined && !LanguageTag.safeParse(language).success) {
            throw new CliError(ctx.t.badValue('--feed-language', language), EXIT.usage);
          }
          const { output, json, publisher, country, plan, title } = values;
          return await importPlatformCommand(ctx, kind, need(source, '<file | ->'), {
            output,
            json,
            publisher,
            country,
            language,
            plan,
            title,
          });
        }
        throw new CliError(ctx.t.unknownCommand(`import ${kind ?? ''}`.trim()), EXIT.usage);
      }
      case 'export': {
        const [kind, source] = rest;
        if (kind !== 'csv') throw new CliError(ctx.t.unknownCommand(`export ${kind ?? ''}`.trim()), EXIT.usage);
        return await exportCsvCommand(ctx, need(source, '<feed.json>'), need(values.output, '--output <folder>'));
      }
      case 'template':
        return await templateCommand(ctx, values.output ?? rest[0] ?? 'ogp-template', { force: values.force });
      case 'schema':
        return await schemaCommand(ctx, values.output);
      case 'publish':
        return await publishCommand(
          ctx,
          need(rest[0], '<feed.json | URL | ->'),
          need(values.output, '--output <folder>'),
          { allowShrink: values['allow-shrink'] },
        );
      case 'snippet': {
        const { commitment, plan, forum, timeline, lang, src, script, variant, live } = values;
        return await snippetCommand(ctx, need(rest[0], '<feed.json | folder>'), {
          commitment,
          plan,
          forum,
          timeline,
          lang,
          src,
          script,
          variant,
          live,
          inlineStyles: values['inline-styles'],
          noSlices: values['no-slices'] || values['no-parts'],
        });
      }
      case 'preview':
        return await previewCommand(ctx, need(rest[0], '<feed.json>'), {
          port: values.port,
          plan: values.plan,
          bundle: values.bundle,
          stop: io.waitForStop,
        });
      default:
        throw new CliError(ctx.t.unknownCommand(command), EXIT.usage);
    }
  } catch (error) {
    if (error instanceof CliError) {
      ctx.error(error.message);
      // A machine asked for JSON: the failure is JSON too, never a plain line on stdout.
      if (values.json)
        ctx.stdout.write(
          `${JSON.stringify({ ok: false, exitCode: error.exitCode, error: { message: error.message, ...error.where } }, null, 2)}\n`,
        );
      return error.exitCode;
    }
    throw error;
  }
}
