/**
 * A card in `<ogp-plan>` is given its commitment as the plan's published slice lists it: a row,
 * without the texts, updates, indicators and IRM assessment its details show. When the reader
 * first opens them, the card asks the feed for the commitment's own slice (or, where the host
 * publishes no slices, finds it in the whole feed the plan already holds): once per commitment.
 */
import type { ReactiveElement } from 'lit';
import { clientFor } from '@ogp-embed/sdk/internal';
import { WHOLE_FEED_ONLY } from '../shared/whole-feed-only.js';
import type { Commitment, CommitmentResult, Feed, FeedClient, FeedSlice } from '@ogp-embed/sdk';

/** True when `feed` is a plan's published slice or digest: its commitments are rows, not whole commitments. */
export const listsRows = (feed: Feed | undefined): boolean => {
  const kind = (feed as FeedSlice | undefined)?.part?.kind;
  return kind === 'plan' || kind === 'plan-digest';
};

export class RowDetails {
  /** The commitment asked for, and what came back. */
  #id?: string;
  result?: CommitmentResult;
  error?: Error;
  readonly #host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this.#host = host;
  }

  /** Asks `feed`'s client for the whole commitment of `row`, once: `result` when it comes, else `error`. */
  load(row: Commitment, feed: FeedClient): void {
    if (this.#id === row.id) return;
    const id = (this.#id = row.id);
    this.result = this.error = undefined;
    (WHOLE_FEED_ONLY ? feed : clientFor(feed, { kind: 'commitment', id })).getCommitment(id).then(
      (result) => this.#settle(id, () => (this.result = result)),
      (error: unknown) =>
        this.#settle(id, () => (this.error = error instanceof Error ? error : new Error(String(error)))),
    );
  }

  /** After a failure, the next opening asks again (a server back up, a connection restored). */
  retryAfterFailure(): void {
    if (this.error) this.#id = this.result = this.error = undefined;
  }

  #settle(id: string, record: () => void): void {
    if (this.#id !== id) return;
    record();
    this.#host.requestUpdate();
  }
}
