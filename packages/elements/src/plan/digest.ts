/**
 * Digest or whole list. From a feed published by slices, a plan is first read from its digest
 * (every commitment's figures, the texts of the first page's rows only); its whole list is read
 * once the reader needs texts the digest lacks (a search, the title's order, another page).
 */
import { checkPlanDigest, PLAN_DIGEST_ROWS } from '@ogp-embed/sdk';
import type { ActionPlan, Commitment, Feed } from '@ogp-embed/sdk';
import { WHOLE_FEED_ONLY } from '../shared/whole-feed-only.js';

/**
 * Commitments per page when `page-size` is not set: the rows a plan's digest holds whole, so the
 * first page of a plan read from its digest needs nothing more.
 */
export const DEFAULT_PAGE_SIZE = PLAN_DIGEST_ROWS;

/** A plan digest as the rows use it: every commitment (whole where the digest has its row), and which have their texts. */
export interface Digest {
  commitments: Commitment[];
  texted: ReadonlySet<string>;
}

/** Each feed's digest checked once. */
export class DigestReader {
  #digests = new WeakMap<Feed, Digest | undefined>();

  /**
   * The digest `feed` holds for `plan`, if it is one; `undefined` when the data is the whole list,
   * or a digest that does not check (which the client already refuses): then `invalid()` is called
   * once, and the whole list should be read.
   */
  read(feed: Feed | undefined, plan: ActionPlan, invalid: () => void): Digest | undefined {
    const value = (feed as { digest?: unknown } | undefined)?.digest;
    // The single file reads whole feeds only (shared/whole-feed-only.ts): it never checks a digest.
    if (WHOLE_FEED_ONLY || !feed || value === undefined) return undefined;
    if (!this.#digests.has(feed)) {
      const checked = checkPlanDigest(value);
      const whole = new Map(plan.commitments.map((commitment) => [commitment.id, commitment]));
      this.#digests.set(
        feed,
        checked.success
          ? {
              // Digest rows hold every field the rows' figures read (schema/slices.ts `DigestCommitment`); never their texts.
              commitments: checked.data.commitments.map((row) => whole.get(row.id) ?? (row as unknown as Commitment)),
              texted: new Set(whole.keys()),
            }
          : undefined,
      );
      if (!checked.success) invalid();
    }
    return this.#digests.get(feed);
  }
}
