/**
 * Which rows the reader's choices show, in the chosen order. After a live update that changed a
 * few commitments, those are taken out of the last list and put back in place (a binary search
 * each) rather than filtering and sorting a thousand again. Pure (test/plan-rows.test.ts).
 */
import { VERDICT_KEYS } from '@ogp-embed/sdk';
import type { OgpValue } from '@ogp-embed/sdk';
import type { PlanSort } from '../i18n/strings.js';
import { fold, type Changes, type Row } from './rows.js';

/**
 * A live update that changed at most this many commitments is applied to the last list and
 * filter counts one by one (each a binary search); more, and they are made again from scratch.
 */
export const FEW_CHANGES = 16;

/** The filters, each an attribute, a property and a `<select name>` of the plan. */
export const FILTERS = ['status', 'institution', 'value', 'theme'] as const;

/** The reader's choices, each a property of the plan: the search, the filters (each '' for any), the order. */
export const CHOICES = ['query', ...FILTERS, 'sort'] as const;
export interface PlanChoices extends Record<'query' | (typeof FILTERS)[number], string> {
  sort: PlanSort;
}

/** The choices alone, from an object that has them (the plan): what `ogp-filter` tells. */
export const choicesOf = (from: PlanChoices): PlanChoices =>
  Object.fromEntries(CHOICES.map((name) => [name, from[name]])) as unknown as PlanChoices;

/** The choices and the language as one string: the same key, the same list. */
export const choicesKey = (choices: PlanChoices, locale: string): string =>
  [...CHOICES.map((name) => choices[name]), locale].join('\n');

const order = new Map(VERDICT_KEYS.map((key, i) => [key as string, i]));
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Whether a row passes the search and every filter. */
export function matcher(choices: PlanChoices): (row: Row) => boolean {
  const words = fold(choices.query).split(/\s+/).filter(Boolean);
  const { status, institution, value, theme } = choices;
  return (row) => {
    const c = row.commitment;
    return (
      (!status || row.verdict === status) &&
      (!institution || c.lead === institution) &&
      (!value || c.values.includes(value as OgpValue)) &&
      (!theme || c.themes.includes(theme)) &&
      words.every((word) => row.haystack.includes(word))
    );
  };
}

/** The chosen order; ties keep the plan's order. */
export function comparer(sort: PlanSort, locale: string): (a: Row, b: Row) => number {
  const orders: Record<PlanSort, (a: Row, b: Row) => number> = {
    number: (a, b) => byText(a.numberKey, b.numberKey),
    title: (a, b) => a.title.localeCompare(b.title, locale),
    progress: (a, b) => (b.progress ?? -1) - (a.progress ?? -1),
    status: (a, b) => order.get(a.verdict)! - order.get(b.verdict)!,
    due: (a, b) => byText(a.dueKey, b.dueKey),
  };
  const by = orders[sort] ?? orders.number;
  return (a, b) => by(a, b) || a.index - b.index;
}

/** The rows shown, kept from one call to the next for the incremental case. */
export class VisibleRows {
  #last?: { rows: Row[]; key: string; shown: Row[] };

  /**
   * @param changes what changed since `rows` of the last call (`RowModel.changes`)
   */
  shown(rows: Row[], choices: PlanChoices, locale: string, changes?: Changes): Row[] {
    const matches = matcher(choices);
    const compare = comparer(choices.sort, locale);
    const key = choicesKey(choices, locale);
    const last = this.#last;
    let shown: Row[] | undefined;
    if (last?.key === key && last.rows === changes?.before && changes.changed.length <= FEW_CHANGES) {
      shown = last.shown.slice();
      for (const i of changes.changed) {
        const gone = shown.indexOf(changes.before[i]!);
        if (gone >= 0) shown.splice(gone, 1);
      }
      for (const i of changes.changed) {
        const row = rows[i]!;
        if (!matches(row)) continue;
        let low = 0;
        let high = shown.length;
        while (low < high) {
          const middle = (low + high) >> 1;
          if (compare(shown[middle]!, row) < 0) low = middle + 1;
          else high = middle;
        }
        shown.splice(low, 0, row);
      }
    }
    shown ??= rows.filter(matches).sort(compare);
    this.#last = { rows, key, shown };
    return shown;
  }
}
