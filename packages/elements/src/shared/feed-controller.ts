/**
 * The feed side of every data element: where the feed comes from (a `.feed` property, the
 * element's `src`, or the enclosing `<ogp-feed>`), fetching or watching it through the page's
 * shared client (the slice the element shows, started from the loader's head start when there is
 * one) with an AbortSignal that is aborted when the element leaves the page, and the last good
 * feed kept when a refresh fails. What the element shows of the feed, and its events, are the
 * element's (shown-data.ts): this controller never calls into its host but to ask for an update.
 */
import { isServer } from 'lit';
import type { ReactiveController, ReactiveElement } from 'lit';
import { clientFor, feedAddress, getDefaultSharedClient, HEAD_START } from '@ogp-embed/sdk/internal';
import { WHOLE_FEED_ONLY } from './whole-feed-only.js';
import type { HeadStart } from '@ogp-embed/sdk/internal';
import type { Feed, SliceKind, WatchState } from '@ogp-embed/sdk';
import { FeedContextConsumer } from './feed-context-protocol.js';
import type { FeedClient } from './feed-context.js';

/** The element properties the controller reads. */
export interface FeedHost extends ReactiveElement {
  src?: string;
  live: boolean;
  /** Seconds between polls; setting it turns live updates on. */
  refresh?: number;
  feed?: Feed;
  /**
   * Given with a `.feed` that lists rows (a plan's slice, given to its cards): the client of that
   * feed, asked for the host's slice when the host needs more than its row (a card's details).
   */
  listedFrom?: FeedClient;
}

/** What the element shows, picked from the feed (or given directly), or why it cannot be. */
export interface Selection<T> {
  data?: T;
  error?: Error;
  /** What was asked for (`CL0069`): data shown for another request is never kept. */
  id?: string;
}

/**
 * The published slice that holds what an element shows (docs/feed-format.md#published-slices):
 * asked for instead of the whole feed, which is used when the host publishes no slices.
 */
export interface DataSlice {
  kind: SliceKind;
  id: string;
  /**
   * The kind of slice this one shows a view of (a plan's digest: `plan`): moving between the two
   * for the same id keeps what is shown on screen until the other comes.
   */
  viewOf?: SliceKind;
}

/**
 * Where the feed stands: `idle` (no source), `loading` (the first feed on its way), `ready` (a
 * feed, current), `stale` (a feed, but the last attempt to refresh it failed: `error` says why),
 * `failed` (no feed: `error` says why).
 */
export type FeedStatus = 'idle' | 'loading' | 'ready' | 'stale' | 'failed';

export interface FeedControllerOptions {
  /**
   * The slice that holds what the host shows, read at each update as Lit's `Task` reads its
   * `args` (the loader's prefetch asks for the same slice: shared/data-slices.ts).
   */
  slice?: () => DataSlice | undefined;
}

/** What a client says of its feed: a watched client's state, or one answer (`getFeed`) or its failure. */
type ClientState = Partial<Omit<WatchState, 'error'>> & { error?: Error };

const DEFAULT_REFRESH_SECONDS = 60;

/** A usable polling period, or `undefined` (no attribute, `refresh=""`, zero, not a number). */
function seconds(value: unknown): number | undefined {
  const n = Number(value);
  return value != null && value !== '' && n > 0 ? n : undefined;
}

export class FeedController implements ReactiveController {
  status: FeedStatus = 'idle';
  /** The feed in use: the last good one. */
  feed?: Feed;
  /** Why the last attempt failed, when it did (the feed in use is then `stale`, or there is none). */
  error?: Error;
  fetchedAt?: Date;
  /** The absolute URL of the feed in use. */
  src?: string;
  /**
   * The client of the whole feed (the data may come from one of its slices); `undefined` for a
   * feed given as a property. A plan hands it to its cards, which ask it for their own slice.
   */
  feedClient?: FeedClient;

  /** What the feed in use is of (`…/feed.json#commitment:CL0069`, `property`, or `''`): the data shown for one is never shown for another. */
  origin = '';
  /** The same, but a view of a slice and the slice itself are one subject: changing between them keeps what is shown. */
  subject = '';
  #interval = 0;
  #given?: Feed;
  #abort?: AbortController;
  #unwatch?: () => void;
  readonly #context: FeedContextConsumer;
  readonly #host: FeedHost;
  readonly #slice: () => DataSlice | undefined;

  constructor(host: FeedHost, { slice = () => undefined }: FeedControllerOptions = {}) {
    this.#host = host;
    this.#slice = slice;
    host.addController(this);
    this.#context = new FeedContextConsumer(host);
  }

  hostConnected(): void {
    // Back on the page (or moved within it): an update follows the source again, which fetches.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#stop();
    this.origin = this.subject = '';
  }

  /** Moved within the page without leaving it (`moveBefore`): a nearer provider may be around it now. */
  moved(): void {
    this.#context.request();
  }

  /** Asks again at the next update, where the source is the same: a new try after a failure. */
  retry(): void {
    this.origin = '';
  }

  hostUpdate(): void {
    this.#follow();
  }

  /** Starts, restarts or stops fetching when the source or the live settings change. */
  #follow(): void {
    const host: FeedHost & { [HEAD_START]?: HeadStart } = this.#host;
    // An update can still run after removal (one was pending): an element off the page never polls.
    // On the server (a snapshot) there is no page, and the data is a `.feed`: no polling either.
    if (!host.isConnected && !(isServer && host.feed)) return;
    const provided = this.#context.value;
    let client: FeedClient | undefined;
    let src: string | undefined;
    let refresh = seconds(host.refresh);
    let live = host.live || refresh !== undefined;
    if (host.feed) {
      // A row that needs more (a plan's card, opened): its slice, from the feed that lists it.
      if (!WHOLE_FEED_ONLY && host.listedFrom && this.#slice()) src = (client = host.listedFrom).feedUrl;
    } else if (host.src) {
      // An address that is not http(s) goes to the client as it is: the client reports it (FeedUrlError).
      src = feedAddress(host.src) ?? host.src;
    } else if (provided) {
      src = provided.src;
      client = provided.client;
      refresh ??= seconds(provided.refresh);
      live ||= provided.live || refresh !== undefined;
    }
    const interval = live ? Math.max(1, refresh ?? DEFAULT_REFRESH_SECONDS) * 1000 : 0;
    const slice = src ? this.#slice() : undefined;
    const origin = src ? `${src}${slice ? `#${slice.kind}:${slice.id}` : ''}` : host.feed ? 'property' : '';
    // A view of a slice (a plan's digest) and the slice itself show the same thing; so do a row
    // given and the slice asked for it, whose feed replaces the row's when it comes.
    const subject = host.feed ? 'property' : slice?.viewOf ? `${src}#${slice.viewOf}:${slice.id}` : origin;
    if (origin === this.origin && interval === this.#interval && host.feed === this.#given) return;
    this.#stop();
    const changed = subject !== this.subject;
    this.origin = origin;
    this.subject = subject;
    this.#interval = interval;
    this.#given = host.feed;
    this.src = src;
    if (src) client ??= getDefaultSharedClient(src);
    this.feedClient = client;
    if (changed) {
      this.feed = this.fetchedAt = this.error = undefined;
      this.status = 'idle';
    }
    if (!src) {
      // A feed given is taken as a client's answer would be.
      if (host.feed) this.#apply({ data: host.feed });
      return;
    }
    this.feed ??= host.feed;
    // The answers the loader's prefetch started for this element before it was defined, taken once.
    const headStart = host[HEAD_START];
    delete host[HEAD_START];
    // The single file has no loader, so no head start, and reads the whole feed (whole-feed-only.ts).
    this.#start(WHOLE_FEED_ONLY ? client! : clientFor(client!, slice, headStart), interval);
  }

  #start(client: FeedClient, interval: number): void {
    const abort = new AbortController();
    this.#abort = abort;
    this.#apply(client.snapshot);
    if (interval > 0) {
      this.#unwatch = client.watch((state) => this.#apply(state), { interval, signal: abort.signal });
      return;
    }
    // One answer, or why there is none: applied as a watched client's state would be.
    client
      .getFeed({ signal: abort.signal })
      .then(
        (response): ClientState => ({ data: response.feed, fetchedAt: response.fetchedAt }),
        (error: unknown): ClientState => ({ error: error instanceof Error ? error : new Error(String(error)) }),
      )
      .then((state) => abort.signal.aborted || this.#apply(state));
  }

  /** The client's state as this controller's. */
  #apply(state: ClientState): void {
    if (state.data) {
      this.feed = state.data;
      this.fetchedAt = state.fetchedAt;
    }
    this.error = state.error;
    // Started and not answered yet: the first answer is on its way.
    const waiting = state.loading || (!state.data && !state.error && this.#abort !== undefined);
    if (this.feed) this.status = state.stale || state.error ? 'stale' : 'ready';
    else this.status = state.error ? 'failed' : waiting ? 'loading' : 'idle';
    this.#host.requestUpdate();
  }

  #stop(): void {
    this.#unwatch?.();
    this.#unwatch = undefined;
    this.#abort?.abort();
    this.#abort = undefined;
    if (this.status === 'loading') this.status = 'idle';
  }
}
