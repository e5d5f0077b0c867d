// Tests of built files call this first: a missing or out-of-date build would make them test
// something other than the sources in front of you.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} path a file or a folder (walked) */
function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/**
 * @param {string[]} outputs files the build writes
 * @param {string[]} sources files and folders they are built from
 * @returns {string | undefined} why the build cannot be tested as it is, if it cannot
 */
export function buildProblem(outputs, sources) {
  const missing = outputs.filter((file) => !existsSync(file));
  if (missing.length > 0) return `not built (${missing.join(', ')} missing): run \`npm run build\` first`;
  const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  const changed = sources.filter((source) => newestChange(source) > built);
  if (changed.length > 0) return `the build is older than ${changed.join(', ')}: run \`npm run build\` again`;
  return undefined;
}

/** What the root build reads, for `buildProblem`. */
export const BUILD_SOURCES = [
  'packages/sdk/src',
  'packages/sdk/package.json',
  'packages/elements/src',
  'packages/elements/package.json',
  'rollup.config.js',
  'scripts/rollup',
];

/** What the CLI's program (packages/cli/dist, made by the same build) is made of, beside the SDK. */
export const CLI_SOURCES = ['packages/cli/src', 'packages/cli/package.json', 'packages/sdk/src', 'rollup.config.js'];
