/**
 * What a data element shows of its feed, and what it tells the page about it: the data picked
 * from the feed (kept when a later refresh or selection fails, dropped for another request or
 * another feed), the error shown, and the `ogp-load` / `ogp-change` / `ogp-error` events. The
 * element drives it: `pick` after its controller followed the feed, `report` once rendered.
 */
import type { Feed } from '@ogp-embed/sdk';
import { emit } from './events/emit.js';
import type { OgpChangeDetail } from './events/ogp-change.js';
import type { OgpErrorDetail } from './events/ogp-error.js';
import type { OgpLoadDetail } from './events/ogp-load.js';
import type { FeedController, Selection } from './feed-controller.js';
import { sameData } from './same-data.js';

export class ShownData<T> {
  /** What the element shows; kept when a later refresh or selection fails. */
  data?: T;
  /** The error shown: the selection's (not in the feed), else the feed's. */
  error?: Error;
  #selectedId?: string;
  #subject = '';
  /** What the last report showed, for which source and request: decides load versus change. */
  #shown?: { data: T; origin: string };
  #reported?: Error;

  /** Takes what `selection` picked from `feed`'s current feed. */
  pick(feed: FeedController, selection: Selection<T>): void {
    if (feed.subject !== this.#subject) {
      // Another feed, or another slice of it: nothing shown for the last one stays.
      this.#subject = feed.subject;
      this.data = undefined;
      this.#reported = undefined;
    }
    // Data for another request (a changed id) is never kept; for the same request, a failed
    // refresh or an entity gone from the feed keeps the last good data on screen.
    if (selection.data !== undefined || selection.id !== this.#selectedId || !feed.feed) this.data = selection.data;
    this.#selectedId = selection.id;
    this.error = selection.error ?? feed.error;
  }

  /** Sends the events for what is now on the page; `message` is the error in the element's words. */
  report(host: HTMLElement, feed: FeedController, message: string | undefined): void {
    const { data } = this;
    const base = { feed: feed.feed, src: feed.src, fetchedAt: feed.fetchedAt };
    const origin = `${feed.origin} ${this.#selectedId ?? ''}`;
    if (data !== undefined && this.#shown?.data !== data) {
      const previous = this.#shown?.origin === origin ? this.#shown.data : undefined;
      this.#shown = { data, origin };
      if (previous === undefined) {
        emit<OgpLoadDetail<T>>(host, 'ogp-load', { data, ...base });
      } else if (!sameData(previous, data)) {
        emit<OgpChangeDetail<T>>(host, 'ogp-change', { data, previous, ...base });
      }
    }
    if (this.error && this.error !== this.#reported) {
      this.#reported = this.error;
      emit<OgpErrorDetail>(host, 'ogp-error', {
        error: this.error,
        code: (this.error as { code?: string }).code ?? 'unknown',
        message: message ?? this.error.message,
        stale: data !== undefined,
        src: feed.src,
      });
    }
  }
}
