/**
 * @ogp-embed/cli's import core, free of Node: what the CLI's commands and the studio (a page in
 * the browser) both run, so a sheet says the same problems at the same cells in either. Nothing
 * here reads a disk, a network or `process`; bytes come in, a feed, a report and a published
 * folder's files come out.
 */
// Reading spreadsheets' CSV files.
export { readTable, columnLetter, columnName, TableEncodingError } from './io/read-table.js';
export type { Table, TableIssue, TableRow, TableEncoding, TableSeparator } from './io/read-table.js';
export { readWorkbook, WorkbookError } from './io/read-workbook.js';
export { templateWorkbook } from './sheets/template-workbook.js';
// The template's tables into a feed, with the report.
export { matchFolderFiles, isWorkbookName } from './sheets/match-files.js';
export type { FolderFile } from './sheets/match-files.js';
export { readSheetFiles, tablesFromFiles } from './sheets/named-tables.js';
export type { NamedFile, SheetFolder } from './sheets/named-tables.js';
export { importSheetTables, countLeftOut } from './sheets/import-tables.js';
export type { LeftOut, SheetImport } from './sheets/import-tables.js';
export { buildFeed } from './sheets/build-feed.js';
export type { SheetIssue } from './sheets/build-feed.js';
export { settleFeed } from './sheets/settle-feed.js';
export type { DroppedRow } from './sheets/settle-feed.js';
// OGP's own commitments sheet, read row by row.
export { importOgpSheet, NotAnOgpSheetError, NothingMatchedError } from './ogp-sheet/import-sheet.js';
export type { OgpSheetOptions, OgpSheetSummary } from './ogp-sheet/import-sheet.js';
export type { RowIssue } from './ogp-sheet/row-issues.js';
export { TextParts } from './feed/write-feed.js';
export type { FeedSink } from './feed/write-feed.js';
export type { SlashOrder } from './ogp-sheet/dates.js';
// Platforms' own exports.
export { importPlatform } from './platforms/import-platform.js';
export type { Platform, PlatformImport } from './platforms/import-platform.js';
export { NotPlatformFormatError, textIn } from './platforms/imported-plan.js';
// A feed checked as `validate` checks it; its published folder as `publish` writes it.
export { checkFeedText } from './feed/check-feed.js';
export type { ValidationReport } from './feed/check-feed.js';
export { folderFiles, publishFolder, FEED_FILE, PARTS_FOLDER } from './publish/folder-files.js';
export type { FolderFile as PublishedFolderFile } from './publish/folder-files.js';
// The CLI's words, for saying the same things in the same words.
export { MESSAGES } from './i18n/messages.js';
export type { Messages } from './i18n/messages.js';
export type { CliLanguage } from './i18n/locale.js';
export { noun } from './i18n/nouns.js';
export type { ChildSheet } from './i18n/nouns.js';
