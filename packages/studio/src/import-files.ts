/**
 * What the officer opened, read by the CLI's import core (no second implementation): the
 * template's CSV files or workbook, OGP's commitments sheet, a platform's export or a feed, into
 * one result the page shows. Runs in
 * the worker; the result is plain data (structured-cloned to the page), every text of it in all
 * four languages, so the page can switch language without reading again.
 */
import { parseFeed } from '@ogp-embed/sdk';
import type { Feed } from '@ogp-embed/sdk';
import {
  checkFeedText,
  columnName,
  importOgpSheet,
  importPlatform,
  importSheetTables,
  matchFolderFiles,
  MESSAGES,
  NotAnOgpSheetError,
  NothingMatchedError,
  NotPlatformFormatError,
  TableEncodingError,
  tablesFromFiles,
  TextParts,
  WorkbookError,
} from '@ogp-embed/cli/core';
import type { LanguageTexts } from '@ogp-embed/sdk';
import type {
  CliLanguage,
  DroppedRow,
  LeftOut,
  Messages,
  NamedFile,
  OgpSheetSummary,
  Platform,
  RowIssue,
  SheetIssue,
  SlashOrder,
  Table,
  ValidationReport,
} from '@ogp-embed/cli/core';
import { catalogOf } from './preview-feed.js';
import type { Catalog } from './preview-feed.js';
import type { SourceKind, Stage } from './words.js';

/** A problem of the sheets, with the cell's value when it is at a cell. */
export type SheetProblem = SheetIssue & { value?: string };
export type FeedProblem = ValidationReport['issues'][number];

export interface StudioResult {
  kind?: SourceKind;
  /** The names of the files opened. */
  opened: string[];
  /** Files the studio could not tell the kind of. */
  unknown: string[];
  /** A problem that stops the import (bytes that are no text), with the file's name. */
  fatal?: SheetProblem;
  sheetProblems: SheetProblem[];
  /** The feed's own problems, as `validate` says them (for a feed.json, or what the sheets made). */
  feedProblems: FeedProblem[];
  leftOut: LeftOut;
  dropped: DroppedRow[];
  /** A table was read from no file (two files gave it): no folder is published without it. */
  tableNotRead: boolean;
  /** The template's example is still in the sheets: no folder is published with it. */
  stillTheExample: boolean;
  /** There is a feed (the worker keeps it: see `StudioImport`). */
  hasFeed: boolean;
  /** Its plans, commitments and forums, to pick one to preview. */
  catalog?: Catalog;
  /** Whether the feed passes strict parsing: only then is it published. */
  valid: boolean;
}

/** The result for the page, and what the worker keeps of it: the feed's text (the zip's) and the feed (the previews'). */
export interface StudioImport {
  result: StudioResult;
  feedText?: string;
  feed?: Feed;
}

export type Progress = (stage: Stage, done: number, total: number, file?: string) => void;

/**
 * What the CLI asks for in options, given in the page's fields: how to read an ambiguous date
 * (`--date-order`), and the facts a platform's export or OGP's sheet does not hold (`--publisher`,
 * `--country`, `--feed-language`, `--plan`, `--title`). Unset fields mean what the CLI does without them.
 */
export interface ImportOptions {
  dateOrder?: SlashOrder;
  publisher?: string;
  country?: string;
  language?: string;
  plan?: string;
  title?: string;
}

const NOTHING_LEFT_OUT: LeftOut = { rows: 0, cells: 0, columns: 0, files: 0 };
const extension = (name: string) => /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '';
const withoutExtension = (name: string) => name.replace(/\.[^.]+$/, '');
/** The CLI's `import` writes feeds this way: the zip holds the same bytes. */
const feedTextOf = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function emptyResult(opened: string[]): StudioResult {
  return {
    opened,
    unknown: [],
    sheetProblems: [],
    feedProblems: [],
    leftOut: NOTHING_LEFT_OUT,
    dropped: [],
    tableNotRead: false,
    stillTheExample: false,
    hasFeed: false,
    valid: false,
  };
}

/** The cell a problem points at, read back from its table: what the officer sees in that cell. */
function withValues(issues: readonly SheetIssue[], tables: Iterable<Table>): SheetProblem[] {
  // By the name problems give: `commitments.csv`, or `mi-plan.xlsx › commitments` for a workbook's sheet.
  const byFile = new Map([...tables].map((table) => [table.file, table]));
  const rowsOf = new Map<string, Map<number, string[]>>();
  return issues.map((issue) => {
    const table = byFile.get(issue.file);
    if (!table || issue.row === undefined || issue.column === undefined) return issue;
    let rows = rowsOf.get(issue.file);
    if (!rows) rowsOf.set(issue.file, (rows = new Map(table.rows.map((r) => [r.row, r.cells]))));
    const cells = rows.get(issue.row);
    const index = table.header.findIndex((_, i) => columnName(table.header, i) === issue.column);
    const value = index >= 0 ? cells?.[index] : undefined;
    return value === undefined || value === '' ? issue : { ...issue, value };
  });
}

/** The feed's checks, done once the text is what would be published. */
function finish(result: StudioResult, text: string, progress: Progress): StudioImport {
  progress('checking', 0, 1);
  const report = checkFeedText(text, 'feed.json');
  const { feed } = parseFeed(text, { mode: 'lenient' });
  progress('done', 1, 1);
  return {
    result: {
      ...result,
      hasFeed: true,
      ...(feed ? { catalog: catalogOf(feed) } : {}),
      feedProblems: report.issues,
      valid: report.valid,
    },
    feedText: text,
    ...(feed ? { feed } : {}),
  };
}

function fatal(result: StudioResult, error: unknown): StudioImport {
  if (error instanceof TableEncodingError || error instanceof WorkbookError)
    return { result: { ...result, fatal: { severity: 'error', file: error.file, text: error.text, leftOut: 'file' } } };
  throw error;
}

async function importSheets(
  files: readonly NamedFile[],
  opened: string[],
  options: ImportOptions,
  progress: Progress,
): Promise<StudioImport> {
  const result: StudioResult = { ...emptyResult(opened), kind: 'sheets' };
  let folder;
  try {
    progress('reading', 0, files.length);
    folder = await tablesFromFiles(files);
  } catch (error) {
    return fatal(result, error);
  }
  progress('building', files.length, files.length);
  const imported = importSheetTables(folder, options.dateOrder ? { dateOrder: options.dateOrder } : {});
  const sheets: StudioResult = {
    ...result,
    sheetProblems: withValues(imported.issues, folder.tables.values()),
    leftOut: imported.leftOut,
    dropped: imported.dropped,
    tableNotRead: imported.tableNotRead,
    stillTheExample: imported.stillTheExample,
  };
  return imported.value ? finish(sheets, feedTextOf(imported.value), progress) : { result: sheets };
}

function importFromPlatform(
  platform: Platform,
  file: NamedFile,
  opened: string[],
  options: ImportOptions,
  progress: Progress,
): StudioImport {
  progress('building', 0, 1, file.name);
  const { publisher, country, language, plan, title } = options;
  const facts = {
    ...(publisher ? { publisher } : {}),
    ...(country ? { country } : {}),
    ...(language ? { language } : {}),
    ...(plan ? { plan } : {}),
    ...(title ? { title } : {}),
  };
  const imported = importPlatform(platform, file.bytes, file.name, withoutExtension(file.name), {
    ...facts,
    now: new Date(),
  });
  const result: StudioResult = { ...emptyResult(opened), kind: platform, sheetProblems: imported.issues };
  return imported.written && imported.value ? finish(result, feedTextOf(imported.value), progress) : { result };
}

/** A text in every language the studio speaks, said by the CLI's words. */
function inEveryLanguage(say: (words: Messages) => string): LanguageTexts {
  const text = (lang: CliLanguage) => say(MESSAGES[lang]);
  return { en: text('en'), es: text('es'), pt: text('pt'), fr: text('fr') };
}

/** OGP's commitments sheet is known by its header, whatever the file is called. */
function isOgpSheet(file: NamedFile): boolean {
  if (!/\.(csv|tsv|txt)$/i.test(file.name)) return false;
  const head = file.bytes.subarray(0, 16 * 1024);
  const encoding =
    head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(head).includes('Commitment Unique Identifier');
}

/** A file's bytes in parts, saying how far the reading is (the sheet's rows are read as they come). */
async function* inParts(file: NamedFile, progress: Progress): AsyncGenerator<Uint8Array> {
  const PART = 1024 * 1024;
  for (let at = 0; at < file.bytes.length; at += PART) {
    progress('reading', at, file.bytes.length, file.name);
    yield file.bytes.subarray(at, at + PART);
  }
}

/** A row's problem as the CLI says it, at its row, column and cell. */
function rowProblem(file: string, issue: RowIssue): SheetProblem {
  return {
    severity: issue.severity,
    file,
    row: issue.row,
    ...(issue.column ? { column: issue.column } : {}),
    ...(issue.value ? { value: issue.value } : {}),
    text: inEveryLanguage((words) => words.rowIssue(issue)),
    leftOut: issue.severity === 'error' ? 'row' : 'cell',
  };
}

/** OGP's own sheet, read by `import ogp-sheet`'s importer; the Country and Plan fields keep only those rows, as `--country` and `--plan` do. */
async function importFromOgpSheet(
  file: NamedFile,
  opened: string[],
  options: ImportOptions,
  progress: Progress,
): Promise<StudioImport> {
  const result: StudioResult = { ...emptyResult(opened), kind: 'ogp-sheet' };
  const sink = new TextParts();
  let summary: OgpSheetSummary;
  try {
    summary = await importOgpSheet(inParts(file, progress), sink, {
      file: file.name,
      now: new Date(),
      ...(options.country ? { country: options.country } : {}),
      ...(options.plan ? { plan: options.plan } : {}),
      ...(options.language ? { language: options.language } : {}),
      ...(options.publisher ? { publisher: options.publisher } : {}),
    });
  } catch (error) {
    const said = (text: LanguageTexts): StudioImport => ({
      result: { ...result, fatal: { severity: 'error', file: file.name, text, leftOut: 'file' } },
    });
    if (error instanceof NotAnOgpSheetError) return said(inEveryLanguage((words) => words.notOgpSheet(error.missing)));
    if (error instanceof NothingMatchedError) {
      const { country, plan } = error.filter;
      return said(
        inEveryLanguage((words) =>
          error.kind === 'country'
            ? words.noCountryMatch(country ?? '', error.available)
            : words.noPlanMatch(plan ?? '', country, error.available),
        ),
      );
    }
    return fatal(result, error);
  }
  const problems = summary.issues.map((issue) => rowProblem(file.name, issue));
  const cells = summary.issues.filter((issue) => issue.severity === 'warning').length;
  const read: StudioResult = {
    ...result,
    sheetProblems: problems,
    leftOut: { ...NOTHING_LEFT_OUT, rows: summary.skipped, cells },
  };
  return finish(read, sink.text(), progress);
}

/** Whether JSON text is a feed rather than a platform's export: an object, with plans or a schema version. */
function looksLikeFeed(bytes: Uint8Array): boolean {
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return (
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      ('plans' in value || 'schemaVersion' in value)
    );
  } catch {
    // Not JSON at all: the feed's check says where it breaks.
    return true;
  }
}

/** Reads what was opened; `progress` hears each stage. */
export async function importFiles(
  files: readonly NamedFile[],
  options: ImportOptions = {},
  progress: Progress = () => {},
): Promise<StudioImport> {
  const opened = files.map((f) => f.name);
  const ogpSheet = files.find(isOgpSheet);
  if (ogpSheet) {
    const imported = await importFromOgpSheet(ogpSheet, opened, options, progress);
    return { ...imported, result: { ...imported.result, unknown: opened.filter((name) => name !== ogpSheet.name) } };
  }
  // Any file named like one of the template's tables, or a workbook: the template's spreadsheets.
  if (matchFolderFiles(opened).some((file) => file.kind !== 'unread'))
    return importSheets(files, opened, options, progress);
  const [file, ...others] = files;
  if (!file) return { result: emptyResult(opened) };
  const result = emptyResult(opened);
  const rest = others.map((f) => f.name);
  if (extension(file.name) === '.json' && looksLikeFeed(file.bytes)) {
    progress('reading', 0, 1, file.name);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
    } catch {
      // Bytes that are not UTF-8: the feed's check says so, as `validate` would.
      text = new TextDecoder('windows-1252').decode(file.bytes);
    }
    return finish({ ...result, kind: 'feed', unknown: rest }, text, progress);
  }
  for (const platform of ['gobierto', 'decidim'] as const) {
    try {
      const imported = importFromPlatform(platform, file, opened, options, progress);
      return { ...imported, result: { ...imported.result, unknown: rest } };
    } catch (error) {
      if (error instanceof NotPlatformFormatError) continue;
      return fatal({ ...result, kind: platform }, error);
    }
  }
  return { result: { ...result, unknown: opened } };
}
