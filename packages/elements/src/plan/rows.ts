/**
 * The plan's rows model: each commitment with what the summary, filters and sorting need, made
 * again only for the commitments a live update changed. Pure: no DOM, no element (test/plan-rows.test.ts).
 */
import {
  bestKnown,
  commitmentProgress,
  dayOf,
  earliestDay,
  institutionName,
  isCommitmentOverdue,
  nextMilestone,
  numberOrderKey,
} from '@ogp-embed/sdk';
import type { BestKnown, Commitment, Feed } from '@ogp-embed/sdk';
import { feedText } from '../shared/feed-text.js';

/** What the rows of one render share: the feed, the reader's language and the day. */
export interface RowContext {
  feed?: Feed;
  locale: string;
  now: Date;
}

/** Lower-case, accents removed: how the search compares texts. */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A commitment with what the summary, filters and sorting need. The summary's figures are
 * computed at once; texts for search and keys for the rarer sorts only when first asked for.
 */
export class Row {
  /** What the summary counts, the status filter matches and the status sort orders by. */
  readonly known: BestKnown;
  readonly progress?: number;
  readonly overdue: boolean;
  /** `2.10` → `00002.00010`: numbers compare as numbers with a plain string comparison (SDK `numberOrderKey`). */
  readonly numberKey: string;
  /** Its position in the plan: ties in any order keep the plan's order. */
  index = 0;
  #lazy: { title?: string; haystack?: string; dueKey?: string } = {};
  readonly #context: RowContext;

  constructor(
    readonly commitment: Commitment,
    context: RowContext,
  ) {
    this.#context = context;
    const progress = commitmentProgress(commitment);
    this.known = bestKnown(commitment, context.now);
    if (progress.kind !== 'unknown') this.progress = progress.percent;
    this.overdue = isCommitmentOverdue(commitment, context.now);
    this.numberKey = numberOrderKey(commitment);
  }

  /** The best-known verdict's key (`delayed`, `irmCompletion:limited`, `unknown`...). */
  get verdict(): string {
    return this.known.verdict.key;
  }

  get title(): string {
    return (this.#lazy.title ??= feedText(
      this.commitment.title,
      this.#context.locale,
      this.#context.feed?.defaultLanguage,
    ).text);
  }

  /** Lower-case, accents removed: what the search matches. */
  get haystack(): string {
    const c = this.commitment;
    const x = this.#context;
    // `??=` evaluates its right side only the first time.
    return (this.#lazy.haystack ??= fold(
      [c.number, c.id, this.title, c.lead && x.feed ? institutionName(x.feed, c.lead, x.locale) : c.lead].join(' '),
    ));
  }

  /** The first day of the next due date (or the end); `~` (after any digit) when there is none. */
  get dueKey(): string {
    return (this.#lazy.dueKey ??= earliestDay(
      nextMilestone(this.commitment, this.#context.now)?.due ?? this.commitment.end ?? '~',
    ));
  }
}

/** The commitments that changed since the last rows, by position in the plan. */
export interface Changes {
  /** The last rows. */
  before: Row[];
  changed: number[];
}

/**
 * The rows of a plan's commitments, kept from one call to the next: a commitment that is the same
 * object at the same place keeps its row, so a live update that changed one of a thousand
 * computes one. Valid for one feed, language and day; any other starts afresh.
 */
export class RowModel {
  /** Rows by commitment object: one moved to another place keeps its row. */
  #cache = new WeakMap<Commitment, Row>();
  #last?: { rows: Row[]; context: unknown[] };
  /** What changed between the last two calls, when the plan kept its length; else undefined. */
  changes?: Changes;

  rows(commitments: readonly Commitment[], context: RowContext): Row[] {
    const key = [context.feed, context.locale, dayOf(context.now)];
    const last = this.#last?.context.every((part, i) => part === key[i]) ? this.#last : undefined;
    if (!last) this.#cache = new WeakMap();
    const changed: number[] = [];
    const rows = commitments.map((commitment, index) => {
      // The same commitment at the same place (most of them, on a live update): nothing to do.
      const same = last?.rows[index];
      if (same?.commitment === commitment) return same;
      changed.push(index);
      let row = this.#cache.get(commitment);
      if (!row) this.#cache.set(commitment, (row = new Row(commitment, context)));
      row.index = index;
      return row;
    });
    this.changes = last?.rows.length === rows.length ? { before: last.rows, changed } : undefined;
    this.#last = { rows, context: key };
    return rows;
  }
}
