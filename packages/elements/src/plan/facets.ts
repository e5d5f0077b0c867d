/**
 * The values the plan's filters offer, from every commitment, each with how many commitments have
 * it: after a live update that changed a few commitments, only theirs are counted again. Pure
 * (test/plan-rows.test.ts).
 */
import type { Changes, Row } from './rows.js';
import { FEW_CHANGES } from './visible.js';

export type Facet = 'statuses' | 'leads' | 'themes' | 'values';

export interface Offered {
  /** The values some commitment has, by facet, sorted. */
  offered: Record<Facet, string[]>;
  /** All of them as one string: the same key, the same options. */
  key: string;
}

export class FacetCounts {
  #rows?: Row[];
  #counts!: Record<Facet, Map<string, number>>;
  #offered?: Offered;

  /** What the filters offer for `rows`; `changes`: what changed since the last call's rows. */
  offered(rows: Row[], changes?: Changes): Offered {
    const update = this.#rows !== undefined && this.#rows === changes?.before && changes.changed.length <= FEW_CHANGES;
    if (!update) {
      this.#counts = { statuses: new Map(), leads: new Map(), themes: new Map(), values: new Map() };
      this.#offered = undefined;
    }
    const counts = this.#counts;
    const count = (row: Row, by: number) => {
      const c = row.commitment;
      const add = (facet: Facet, value?: string) => {
        if (!value) return;
        const n = (counts[facet].get(value) ?? 0) + by;
        counts[facet].set(value, n);
        // A value offered for the first time, or no longer: the options change.
        if (n === (by > 0 ? 1 : 0)) this.#offered = undefined;
      };
      add('statuses', row.verdict);
      add('leads', c.lead);
      c.themes.forEach((theme) => add('themes', theme));
      c.values.forEach((value) => add('values', value));
    };
    if (update) {
      for (const i of changes!.changed) {
        count(changes!.before[i]!, -1);
        count(rows[i]!, 1);
      }
    } else rows.forEach((row) => count(row, 1));
    this.#rows = rows;
    if (!this.#offered) {
      const offered = {} as Record<Facet, string[]>;
      for (const facet in counts) {
        offered[facet as Facet] = [...counts[facet as Facet]].flatMap(([value, n]) => (n > 0 ? [value] : [])).sort();
      }
      this.#offered = {
        offered,
        key: Object.values(offered)
          .map((values) => values.join('\n'))
          .join('\t'),
      };
    }
    return this.#offered;
  }
}
