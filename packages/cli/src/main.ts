/**
 * The `ogp-embed` executable: runs the CLI on this process's arguments and streams.
 */
import { run } from './cli/run.js';

/** Only a command that runs until stopped (preview) takes over Ctrl+C and SIGTERM. */
const waitForStop = () =>
  new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });

run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  waitForStop,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ogp-embed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    // Not a problem of the input: a bug. Still one of the documented statuses.
    process.exitCode = 2;
  },
);
