/**
 * @ogp-embed/cli as a library: the same operations the `ogp-embed` command runs.
 */
export { run } from './cli/run.js';
export type { RunIo } from './cli/run.js';
export { EXIT } from './cli/exit-codes.js';
export type { ExitCode } from './cli/exit-codes.js';
export { importOgpSheet, NotAnOgpSheetError } from './ogp-sheet/import-sheet.js';
export type { OgpSheetOptions, OgpSheetSummary } from './ogp-sheet/import-sheet.js';
export type { RowIssue, RowIssueCode } from './ogp-sheet/row-issues.js';
export { TextSink } from './feed/text-sink.js';
export { feedJsonSchemaText } from './commands/schema.js';
export { checkFeedText } from './commands/validate.js';
export type { ValidationReport } from './commands/validate.js';
export { flattenFeed } from './sheets/flatten.js';
export { buildFeed } from './sheets/build-feed.js';
export { settleFeed } from './sheets/settle-feed.js';
export { toCsv } from './sheets/csv-text.js';
