/** The CLI's exit statuses: scripts and CI act on them. */
export const EXIT = {
  ok: 0,
  /** The input was read and has problems (an invalid feed, rows skipped). */
  invalid: 1,
  /** The input could not be read, or the output could not be written. */
  unreadable: 2,
  /**
   * The command line itself is wrong: an unknown command or option, a missing argument, a bad
   * value. The same status as `unreadable` (2, as getopt-style tools exit on misuse): scripts
   * see "not checked", and the message says which.
   */
  usage: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error whose message is already in the user's language; ends the run with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
    /** Where the problem is, for `--json` reports: `{ file, row, column }`. */
    readonly where: { file?: string; row?: number; column?: string } = {},
  ) {
    super(message);
    this.name = 'CliError';
  }
}
