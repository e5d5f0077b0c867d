/**
 * What every command gets: the language, where to print, and whether to stay quiet.
 * Results go to stdout (or the output file); messages go to stderr, so a pipe carries data only.
 */
import type { Writable } from 'node:stream';
import type { CliLanguage } from '../i18n/locale.js';
import { MESSAGES } from '../i18n/messages.js';
import type { Messages } from '../i18n/messages.js';

export interface CliContext {
  lang: CliLanguage;
  t: Messages;
  quiet: boolean;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** A message for a person (stderr), unless `--quiet`. */
  info(text: string): void;
  /** A problem (stderr), even with `--quiet`. */
  error(text: string): void;
}

export function createContext(
  lang: CliLanguage,
  quiet: boolean,
  io: Pick<CliContext, 'stdin' | 'stdout' | 'stderr' | 'env' | 'cwd'>,
): CliContext {
  return {
    lang,
    t: MESSAGES[lang],
    quiet,
    ...io,
    info(text) {
      if (!quiet) io.stderr.write(`${text}\n`);
    },
    error(text) {
      io.stderr.write(`${text}\n`);
    },
  };
}
