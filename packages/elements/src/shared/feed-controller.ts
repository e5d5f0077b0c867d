/**
 * The data side of every data element: where the feed comes from (a `.feed` property, the
 * element's `src`, or the enclosing `<ogp-feed>`), fetching or watching it through the page's
 * shared client with an AbortSignal that is aborted when the element leaves the page, keeping
 * the last good data when a refresh fails, and the `ogp-load` / `ogp-change` / `ogp-error` events.
 */
import { isServer } from 'lit';
import type { ReactiveController, ReactiveElement } from 'lit';
import { getDefaultSharedClient, sliceClient } from '@ogp-embed/sdk/shared-client';
import type { Feed, SliceKind, WatchState } from '@ogp-embed/sdk';
import { FeedContextConsumer } from './feed-context-protocol.js';
import type { FeedClient } from './feed-context.js';
import { emit } from './events/emit.js';
import { sameData } from './same-data.js';
import type { OgpChangeDetail } from './events/ogp-change.js';
import type { OgpErrorDetail } from './events/ogp-error.js';
import type { OgpLoadDetail } from './events/ogp-load.js';

/** The element properties the controller reads. */
export interface FeedHost extends ReactiveElement {
  src?: string;
  live: boolean;
  /** Seconds between polls; setting it turns live updates on. */
  refresh?: number;
  feed?: Feed;
}

/** What the element shows, picked from the feed (or given directly), or why it cannot be. */
export interface Selection<T> {
  data?: T;
  error?: Error;
  /** What was asked for (`CL0069`): data shown for another request is never kept. */
  id?: string;
}

/**
 * The published part that holds what an element shows (docs/feed-format.md#published-slices):
 * asked for instead of the whole feed, which is used when the host publishes no parts.
 */
export interface DataSlice {
  kind: SliceKind;
  id: string;
  /**
   * The kind of part this one shows a view of (a plan's digest: `plan`): moving between the two
   * for the same id keeps what is shown on screen until the other comes.
   */
  viewOf?: SliceKind;
}

const DEFAULT_REFRESH_SECONDS = 60;

/** A usable polling period, or `undefined` (no attribute, `refresh=""`, zero, not a number). */
function seconds(value: unknown): number | undefined {
  const n = Number(value);
  return value != null && value !== '' && n > 0 ? n : undefined;
}

export class FeedController<T> implements ReactiveController {
  /** The feed in use: the last good one. */
  feed?: Feed;
  /** What the element shows; kept when a later refresh or selection fails. */
  data?: T;
  error?: Error;
  /** The data shown is older than the last attempt to refresh it. */
  stale = false;
  fetchedAt?: Date;
  /** The absolute URL of the feed in use. */
  src?: string;

  /** The error as the element shows it (its `describe`), set before each render: the event says the same. */
  message?: string;

  #loading = false;
  #fetchError?: Error;
  /** Source and polling interval in use; a change restarts fetching. */
  #key = '';
  /** What the data in use is of: the source, and the part's subject; a change clears it. */
  #subject = '';
  #abort?: AbortController;
  #unwatch?: () => void;
  /** What the last render showed, for which source and request: decides load versus change. */
  #shown?: { data: T; origin: string };
  #selectedId?: string;
  #reported?: Error;
  readonly #context: FeedContextConsumer;
  readonly #host: FeedHost;
  readonly #select: (feed: Feed | undefined) => Selection<T>;
  readonly #describe: (error: Error) => string;
  readonly #shows: () => boolean;
  readonly #part: () => DataSlice | undefined;
  /** The client of the whole feed the data comes from (directly, or through a part of it). */
  #feedClient?: FeedClient;

  /**
   * `describe` words an error as the element shows it. `shows` says whether the host renders what
   * it has yet (not while its language's words load): the events wait for it, so a listener finds
   * the data on the page in the reader's language. `part` names the published part that holds
   * what the element shows, when one does (the loader's prefetch asks for the same: keep in step).
   */
  constructor(
    host: FeedHost,
    select: (feed: Feed | undefined) => Selection<T>,
    describe: (error: Error) => string,
    shows: () => boolean = () => true,
    part: () => DataSlice | undefined = () => undefined,
  ) {
    this.#host = host;
    this.#select = select;
    this.#describe = describe;
    this.#shows = shows;
    this.#part = part;
    host.addController(this);
    this.#context = new FeedContextConsumer(host);
  }

  /** True while the first data is on its way: the element shows its skeleton. */
  get pending(): boolean {
    return this.#loading && this.data === undefined;
  }

  hostConnected(): void {
    // Back on the page (or moved within it): an update runs follow(), which fetches again.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#stop();
    this.#key = '';
    this.#subject = '';
  }

  /** Moved within the page without leaving it (`moveBefore`): a nearer provider may be around it now. */
  moved(): void {
    this.#context.request();
  }

  hostUpdate(): void {
    this.#follow();
    const selection = this.#select(this.feed);
    // Data for another request (a changed id) is never kept; for the same request, a failed
    // refresh or an entity gone from the feed keeps the last good data on screen.
    if (selection.data !== undefined || selection.id !== this.#selectedId || !this.feed) {
      this.data = selection.data;
    }
    this.#selectedId = selection.id;
    this.error = selection.error ?? this.#fetchError;
    this.message = this.error && this.#shows() ? this.#describe(this.error) : undefined;
  }

  get #origin(): string {
    return `${this.#key.split(' ')[0]} ${this.#selectedId ?? ''}`;
  }

  /**
   * The client of the whole feed (the data may come from one of its parts); `undefined` for a
   * feed given as a property. A plan hands it to its cards, which ask it for their own part.
   */
  get feedClient(): FeedClient | undefined {
    return this.#feedClient;
  }

  hostUpdated(): void {
    if (!this.#shows()) return;
    const { data } = this;
    const host = this.#host;
    const base = { feed: this.feed, src: this.src, fetchedAt: this.fetchedAt };
    if (data !== undefined && this.#shown?.data !== data) {
      const previous = this.#shown?.origin === this.#origin ? this.#shown.data : undefined;
      this.#shown = { data, origin: this.#origin };
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
        message: this.message ?? this.error.message,
        stale: data !== undefined,
        src: this.src,
      });
    }
  }

  /** Starts, restarts or stops fetching when the source or the live settings change. */
  #follow(): void {
    const host = this.#host;
    // An update can still run after removal (one was pending): an element off the page never polls.
    // On the server (a snapshot) there is no page, and the data is a `.feed`: no polling either.
    if (!host.isConnected && !(isServer && host.feed)) return;
    const provided = this.#context.value;
    let client: FeedClient | undefined;
    let src: string | undefined;
    let refresh = seconds(host.refresh);
    let live = host.live || refresh !== undefined;
    if (host.feed) {
      src = undefined;
    } else if (host.src) {
      src = new URL(host.src, document.baseURI).href;
    } else if (provided) {
      src = provided.src;
      client = provided.client;
      refresh ??= seconds(provided.refresh);
      live ||= provided.live || refresh !== undefined;
    }
    const interval = live ? Math.max(1, refresh ?? DEFAULT_REFRESH_SECONDS) * 1000 : 0;
    const part = src ? this.#part() : undefined;
    // The source is the feed and the part of it; the interval only changes how it is followed.
    const key = host.feed ? 'property' : src ? `${src}${part ? `#${part.kind}:${part.id}` : ''} ${interval}` : '';
    if (key === this.#key && (!host.feed || host.feed === this.feed)) return;
    // A view of a part (a plan's digest) and the part itself show the same thing.
    const subject = part?.viewOf ? `${src}#${part.viewOf}:${part.id}` : key.split(' ')[0]!;
    const sourceChanged = subject !== this.#subject;
    this.#stop();
    this.#key = key;
    this.#subject = subject;
    this.src = src;
    this.#feedClient = undefined;
    if (sourceChanged) {
      this.feed = undefined;
      this.data = undefined;
      this.fetchedAt = undefined;
      this.stale = false;
      this.#fetchError = undefined;
      this.#reported = undefined;
    }
    if (host.feed) {
      this.feed = host.feed;
      return;
    }
    if (!src) return;
    client ??= getDefaultSharedClient(src);
    this.#feedClient = client;
    this.#start(part ? sliceClient(client, part.kind, part.id) : client, interval);
  }

  #start(client: FeedClient, interval: number): void {
    const abort = new AbortController();
    this.#abort = abort;
    this.#apply(client.snapshot);
    if (interval > 0) {
      this.#unwatch = client.watch((state) => this.#apply(state), { interval, signal: abort.signal });
      return;
    }
    this.#loading = true;
    client.getFeed({ signal: abort.signal }).then(
      (response) => {
        if (abort.signal.aborted) return;
        this.#apply({ data: response.feed, issues: response.issues, stale: false, fetchedAt: response.fetchedAt, loading: false });
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        this.#loading = false;
        this.#fetchError = error instanceof Error ? error : new Error(String(error));
        this.stale = this.feed !== undefined;
        this.#host.requestUpdate();
      },
    );
  }

  #apply(state: WatchState): void {
    if (state.data) {
      this.feed = state.data;
      this.fetchedAt = state.fetchedAt;
    }
    this.#loading = state.loading || (!state.data && !state.error && this.#abort !== undefined);
    this.#fetchError = state.error;
    this.stale = state.stale || (state.error !== undefined && this.feed !== undefined);
    this.#host.requestUpdate();
  }

  #stop(): void {
    this.#unwatch?.();
    this.#unwatch = undefined;
    this.#abort?.abort();
    this.#abort = undefined;
    this.#loading = false;
  }
}
