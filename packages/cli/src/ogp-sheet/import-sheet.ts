/**
 * `import ogp-sheet`: OGP's commitments sheet, read row by row, into a feed. No Node code: the
 * CLI streams the file through it, the studio hands it the bytes it opened.
 *
 * Pass 1 reads the CSV text as it arrives (split as `readTable` splits every spreadsheet's CSV),
 * turns each row into a commitment and keeps it in a `RowStore` (a scratch file for the CLI); it
 * keeps only plans, institutions, ids and issues in memory. Pass 2 writes the feed plan by plan
 * from the store, settling each date with its plan's day/month order. Every entity is checked
 * with the SDK's schema before it is written, so the feed passes `parseFeed(..., { mode: 'strict' })`.
 */
import { ActionPlan, Commitment, Feed, SCHEMA_VERSION } from '@ogp-embed/sdk';
import type { Commitment as CommitmentType, LocalizedText } from '@ogp-embed/sdk';
import { settleDate, SlashOrderTally } from './dates.js';
import type { DateReading } from './dates.js';
import { countryLanguage } from './country-language.js';
import { decodeTextStream } from '../io/decode-stream.js';
import { columnName, streamRecords } from '../io/read-table.js';
import type { TableEncoding } from '../io/read-table.js';
import { InstitutionRegistry, nameKey } from './institutions.js';
import { SheetLayout } from './columns.js';
import { readRow } from './read-row.js';
import type { CommitmentDraft, PlanFacts } from './read-row.js';
import type { RowIssue } from './row-issues.js';
import { MemoryRowStore } from './row-store.js';
import type { RowStore } from './row-store.js';
import { writeFeed } from '../feed/write-feed.js';
import type { FeedSink, PlanWithCommitments } from '../feed/write-feed.js';

export interface OgpSheetOptions {
  /** Keep only rows of this country: its code (`CHL`) or its name (`Chile`). */
  country?: string;
  /** Keep only rows of this plan: its id (`AP_CHL05`), or its number with `country`. */
  plan?: string;
  /**
   * The feed's default language. Unset: the language of the one country the feed is about
   * (`es` for CHL, `pt` for BRA), else English, the language of OGP's sheet.
   */
  language?: string;
  publisher?: LocalizedText;
  /** The feed's `generatedAt`, and the day that decides whether a plan is closed. */
  now?: Date;
  /** Called every few hundred rows with the rows read so far. */
  onProgress?: (rows: number) => void;
  /** The file's name in messages about its bytes. */
  file?: string;
  /** Called with the encoding the sheet turns out to be in (`windows-1252` deserves a word). */
  onEncoding?: (encoding: TableEncoding) => void;
  /** Where commitments wait between the passes; in memory unless given (the CLI gives a scratch file). */
  store?: RowStore<SpilledRow>;
}

export interface OgpSheetSummary {
  /** Data rows read (filtered-out rows included). */
  rows: number;
  imported: number;
  skipped: number;
  plans: number;
  institutions: number;
  issues: RowIssue[];
}

/** `--country` or `--plan` matched no row: nothing is written; what the sheet has is listed. */
export class NothingMatchedError extends Error {
  constructor(
    readonly filter: { country?: string; plan?: string },
    /** `CHL Chile`, or plan ids when the country matched and the plan did not. */
    readonly available: string[],
    readonly kind: 'country' | 'plan',
  ) {
    super(`no row matches ${kind}`);
    this.name = 'NothingMatchedError';
  }
}

/** Thrown when the header lacks columns every row needs: the file is not OGP's sheet. */
export class NotAnOgpSheetError extends Error {
  constructor(readonly missing: string[]) {
    super(`missing columns: ${missing.join(', ')}`);
    this.name = 'NotAnOgpSheetError';
  }
}

/** A commitment as read, waiting for its plan's date order. */
export interface SpilledRow {
  r: number;
  c: CommitmentDraft;
  s: DateReading;
  e: DateReading;
  lead?: string;
  supporting: string[];
}

interface PlanState {
  facts: PlanFacts;
  order: SlashOrderTally;
  slots: number[];
}

const OGP: LocalizedText = { en: 'Open Government Partnership', es: 'Alianza para el Gobierno Abierto' };
const OGP_URL = 'https://www.opengovpartnership.org/';
const PROGRESS_EVERY = 250;

function sameText(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

function planMatches(facts: { id: string; number: string }, plan: string): boolean {
  return sameText(facts.id, plan) || facts.number.trim() === plan.trim();
}

/** Reads the whole sheet (its bytes as they arrive: a Node stream, or one `Uint8Array`) and writes its feed to `sink`. */
export async function importOgpSheet(
  input: AsyncIterable<Uint8Array | string>,
  sink: FeedSink,
  options: OgpSheetOptions = {},
): Promise<OgpSheetSummary> {
  const now = options.now ?? new Date();
  // Rows are read in English unless told; a feed of one country switches to its language at the end.
  const readLanguage = options.language ?? 'en';
  const seenCountries = new Map<string, string>();
  const seenPlans = new Set<string>();
  let countryMatched = 0;
  let matched = 0;
  const issues: RowIssue[] = [];
  const plans = new Map<string, PlanState>();
  const ids = new Set<string>();
  const countries = new Set<string>();
  const registry = new InstitutionRegistry();
  const spill = options.store ?? new MemoryRowStore<SpilledRow>();
  let layout: SheetLayout | undefined;
  let header: string[] = [];
  let rows = 0;
  let imported = 0;

  try {
    // Text as the spreadsheet wrote it (UTF-8, UTF-16, Windows-1252), split by the separator its
    // first lines use (Excel in Spanish, Portuguese or French saves ';').
    const text = decodeTextStream(input, options.file ?? 'stdin', options.onEncoding);
    for await (const { row, cells: record, unclosed } of streamRecords(text)) {
      // Empty lines are no rows of the sheet's (rows keep their place: `row` is the spreadsheet's).
      if (record.every((cell) => cell.trim() === '')) continue;
      if (!layout) {
        layout = new SheetLayout(record);
        header = record;
        const missing = layout.missingRequired();
        if (missing.length) throw new NotAnOgpSheetError(missing);
        continue;
      }
      rows++;
      if (rows % PROGRESS_EVERY === 0) options.onProgress?.(rows);
      if (unclosed !== undefined) {
        // A quote never closed: the cells after it cannot be trusted, so the row is left out.
        issues.push({ severity: 'error', code: 'bad-record', row, column: columnName(header, unclosed) });
        continue;
      }
      if (options.country || options.plan) {
        const code = layout.cell(record, 'code');
        const name = layout.cell(record, 'country');
        if (code.trim()) seenCountries.set(code.trim().toUpperCase(), name.trim());
        if (options.country && !sameText(code, options.country) && !sameText(name, options.country)) continue;
        countryMatched++;
        const facts = { id: layout.cell(record, 'planId'), number: layout.cell(record, 'planNumber') };
        if (facts.id.trim()) seenPlans.add(facts.id.trim());
        if (options.plan && !planMatches(facts, options.plan)) continue;
      }
      matched++;
      const read = readRow(record, layout, row, issues, { language: readLanguage });
      if (!read) continue;
      if (ids.has(read.commitment.id)) {
        issues.push({
          severity: 'error',
          code: 'duplicate-id',
          row,
          column: 'Commitment Unique Identifier',
          value: read.commitment.id,
        });
        continue;
      }
      ids.add(read.commitment.id);
      let plan = plans.get(read.plan.id);
      if (!plan) {
        plan = { facts: read.plan, order: new SlashOrderTally(), slots: [] };
        plans.set(read.plan.id, plan);
      } else if (
        plan.facts.number !== read.plan.number ||
        plan.facts.country !== read.plan.country ||
        plan.facts.start !== read.plan.start ||
        plan.facts.end !== read.plan.end
      ) {
        issues.push({ severity: 'warning', code: 'plan-mismatch', row, column: 'Action Plan ID', value: read.plan.id });
      }
      plan.order.add(read.start);
      plan.order.add(read.end);
      countries.add(plan.facts.country);
      const country = plan.facts.country;
      const lead = read.lead ? registry.idFor(country, read.lead.name, read.lead.section) : undefined;
      const supporting = [...new Set(read.supporting.map((o) => registry.idFor(country, o.name, o.section)))].filter(
        (id) => id !== lead,
      );
      plan.slots.push(spill.add({ r: row, c: read.commitment, s: read.start, e: read.end, lead, supporting }));
      imported++;
    }
    if (!layout) throw new NotAnOgpSheetError(['Commitment Unique Identifier']);
    options.onProgress?.(rows);
    // A typo in a filter must not replace a published feed with an empty one.
    if ((options.country || options.plan) && matched === 0) {
      if (options.country && countryMatched === 0) {
        const list = [...seenCountries].sort(([a], [b]) => a.localeCompare(b)).map(([code, name]) => `${code} ${name}`);
        throw new NothingMatchedError(options, list, 'country');
      }
      throw new NothingMatchedError(options, [...seenPlans].sort(), 'plan');
    }

    const only = countries.size === 1 ? [...countries][0]! : undefined;
    const language = options.language ?? (only ? countryLanguage(only) : undefined) ?? 'en';
    const head = {
      schemaVersion: SCHEMA_VERSION,
      publisher: { name: options.publisher ?? OGP, url: OGP_URL },
      generatedAt: now.toISOString(),
      // A feed is about one country; a sheet of many is OGP's own collection.
      country: only ?? 'OGP',
      defaultLanguage: language,
    };
    const headCheck = Feed.safeParse({ ...head, institutions: [], plans: [] });
    if (!headCheck.success) throw new Error(`feed head: ${headCheck.error.message}`);
    const institutions = registry.list();
    const late = { failed: 0 };
    await writeFeed(sink, head, institutions, planEntries(plans, spill, now, issues, late, language !== readLanguage));
    const skipped = new Set(issues.filter((i) => i.severity === 'error').map((i) => i.row)).size;
    return {
      rows,
      imported: imported - late.failed,
      skipped,
      plans: plans.size,
      institutions: institutions.length,
      issues,
    };
  } finally {
    spill.dispose();
  }
}

function planTitle(facts: PlanFacts): LocalizedText {
  const period = `${facts.start}–${facts.end}`;
  return {
    en: `${facts.countryName}: action plan ${facts.number} (${period})`,
    es: `${facts.countryName}: plan de acción ${facts.number} (${period})`,
  };
}

function* planEntries(
  plans: Map<string, PlanState>,
  spill: RowStore<SpilledRow>,
  now: Date,
  issues: RowIssue[],
  late: { failed: number },
  shortTitleInEnglish: boolean,
): Generator<PlanWithCommitments> {
  const thisYear = String(now.getUTCFullYear());
  for (const [id, plan] of plans) {
    const head = {
      id,
      number: plan.facts.number,
      title: planTitle(plan.facts),
      period: { start: plan.facts.start, end: plan.facts.end },
      phase: plan.facts.end < thisYear ? ('closed' as const) : ('implementation' as const),
    };
    const check = ActionPlan.safeParse(head);
    if (!check.success) throw new Error(`plan ${id}: ${check.error.message}`);
    yield { head, commitments: commitmentsOf(plan, spill, issues, late, shortTitleInEnglish) };
  }
}

function* commitmentsOf(
  plan: PlanState,
  spill: RowStore<SpilledRow>,
  issues: RowIssue[],
  late: { failed: number },
  shortTitleInEnglish: boolean,
): Generator<CommitmentType> {
  const order = plan.order.order;
  for (const slot of plan.slots) {
    const { r, c, s, e, lead, supporting } = spill.read(slot);
    const { id, number, title, shortTitle, description, ...rest } = c;
    // Key order as a reader expects it: identity, text, institutions, dates, the rest.
    const commitment = {
      id,
      number,
      title,
      // OGP writes short titles in English: marked so once the feed's language is another.
      shortTitle: shortTitleInEnglish && typeof shortTitle === 'string' ? { en: shortTitle } : shortTitle,
      description,
      lead,
      supporting: supporting.length ? supporting : undefined,
      start: settleDate(s, order),
      end: settleDate(e, order),
      ...rest,
    } as CommitmentType;
    const check = Commitment.safeParse(commitment);
    if (!check.success) {
      // Not expected (every part was checked when read); reported rather than written invalid.
      issues.push({ severity: 'error', code: 'invalid-commitment', row: r, value: id, detail: check.error.message });
      late.failed++;
      continue;
    }
    yield commitment;
  }
}
