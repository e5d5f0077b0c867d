/**
 * The live feed client. It holds the last good feed and never drops it on a failure; loads
 * that overlap share one request; every load after the first is a conditional request, so an
 * unchanged feed costs the publisher a 304; `watch()` keeps the copy current through one
 * shared poll loop. HTTP goes through the transport it is given (`transport.ts`): this module
 * imports no HTTP library, so neither does a bundle that only uses `getSharedClient`.
 */
import { FeedHttpError } from '../errors/feed-http-error.js';
import { FeedValidationError } from '../errors/feed-validation-error.js';
import type { FeedUrlError } from '../errors/feed-url-error.js';
import { OgpError } from '../errors/ogp-error.js';
import { isFeedHttpError, isOgpError } from '../errors/type-guards.js';
import { parseFeedValue, type ParseOptions } from '../parse/parse-feed.js';
import { decodeBody } from './decode-body.js';
import { FeedLookups } from './feed-lookups.js';
import { fetchFeed, type FetchFeedOptions, type FetchOutcome } from './fetch-feed.js';
import type { FeedStore, OpenFeedStore, StoredFeed } from './feed-store.js';
import { isSameOrigin, resolveFeedUrl } from './feed-url.js';
import { LONGEST_TIMER } from './longest-timer.js';
import type { FeedTransport } from './transport.js';
import { pollDelay } from './poll-delay.js';
import { PollLoop } from './poll-loop.js';
import { JointRequest } from './joint-request.js';
import type {
  ClientOptions,
  FeedClient,
  FeedResponse,
  GetFeedOptions,
  RequestOptions,
  WatchListener,
  WatchOptions,
  WatchState,
} from './types.js';

export const DEFAULT_TIMEOUT = 15_000;
export const DEFAULT_INTERVAL = 60_000;

/** The last good feed the client holds. */
interface HeldFeed extends StoredFeed {
  /** False while it is only the copy from storage, not yet confirmed by the server. */
  confirmed: boolean;
}

function positive(value: number | undefined, fallback: number, ceiling = Infinity): number {
  return typeof value === 'number' && value > 0 && Number.isFinite(value) ? Math.min(value, ceiling) : fallback;
}

/** The held feed as the answer to a load that downloaded nothing. */
function reuse({ feed, issues, fetchedAt }: HeldFeed): FeedResponse {
  return { feed, issues, fetchedAt, fromCache: true };
}

/** Keeps a listener's bug from stopping the other listeners, without hiding it. */
function reportLater(error: unknown): void {
  queueMicrotask(() => {
    throw error;
  });
}

export class LiveFeedClient extends FeedLookups implements FeedClient {
  readonly feedUrl: string;
  readonly #url: string | FeedUrlError;
  readonly #transport: FeedTransport;
  /** What every request sends: headers, the time limit, the `fetch` option. */
  readonly #request: Omit<FetchFeedOptions, 'signal' | 'validators'>;
  readonly #parse: ParseOptions;
  readonly #store: FeedStore | undefined;
  readonly #sendValidators: boolean;
  readonly #listeners = new Set<{ listener: WatchListener }>();
  readonly #loop: PollLoop;
  readonly #options: ClientOptions;
  /** How this client's first GET is made instead of through its transport (the embed's head start), until its first load. */
  #first: FeedTransport | undefined;

  #hydrated = false;
  #held: HeldFeed | undefined;
  #state: WatchState = Object.freeze({ issues: [], stale: false, loading: false });
  #inflight: JointRequest<FeedResponse> | undefined;
  /** Failures in a row, and what the last one asked of the poll loop. */
  #failures = 0;
  #retryAfter: number | undefined;
  #jitter = 1;
  /** When the last load ended (success or failure), in ms since the epoch. */
  #settledAt: number | undefined;

  constructor(options: ClientOptions, transport: FeedTransport, openStore?: OpenFeedStore) {
    super();
    this.#options = options;
    const url = resolveFeedUrl(options.feedUrl);
    const valid = typeof url === 'string';
    this.#url = url;
    this.feedUrl = valid ? url : options.feedUrl;
    this.#parse = { mode: 'lenient', ...options.parse };
    this.#sendValidators = valid && (options.crossOriginValidators === true || isSameOrigin(url));
    this.#store = valid ? openStore?.(url, this.#parse) : undefined;
    this.#transport = transport;
    const headers: Record<string, string> = { accept: 'application/json' };
    // Header names are case-insensitive: lower-cased, a caller's `Accept` replaces ours.
    for (const [name, value] of Object.entries(options.headers ?? {})) headers[name.toLowerCase()] = value;
    this.#request = {
      headers,
      timeout: positive(options.timeout, DEFAULT_TIMEOUT, LONGEST_TIMER),
      fetch: options.fetch,
    };
    this.#loop = new PollLoop({
      poll: (signal) => this.#load(signal),
      dueIn: (interval) => this.#dueIn(interval),
      failing: () => this.#failures > 0,
    });
  }

  get snapshot(): WatchState {
    this.#hydrate();
    return this.#state;
  }

  async getFeed({ signal, revalidate = false }: GetFeedOptions = {}): Promise<FeedResponse> {
    this.#hydrate();
    signal?.throwIfAborted();
    const held = this.#held;
    if (!revalidate && held?.confirmed && !this.#state.stale) return reuse(held);
    return this.#load(signal);
  }

  refresh(options: RequestOptions = {}): Promise<FeedResponse> {
    return this.getFeed({ ...options, revalidate: true });
  }

  /** A client with this one's options (no storage) for another address: a published slice's. */
  at(url: string): LiveFeedClient {
    return new LiveFeedClient({ ...this.#options, feedUrl: url }, this.#transport);
  }

  /**
   * Has this client's first GET made by `wrap(its own transport)` instead (the embed's head start
   * reading an answer already under way: head-start.ts). Refused by a client made with its own
   * way of asking (headers, a `fetch`, a transport, storage), or that has loaded already.
   */
  firstVia(wrap: (own: FeedTransport) => FeedTransport): 'taken' | 'own' | 'late' {
    const { headers, fetch, transport, storage } = this.#options;
    if ((headers && Object.keys(headers).length > 0) || fetch || transport || storage) return 'own';
    if (this.#held || this.#inflight || this.#settledAt !== undefined) return 'late';
    this.#first = wrap(this.#transport);
    return 'taken';
  }

  watch(listener: WatchListener, { interval, signal }: WatchOptions = {}): () => void {
    this.#hydrate();
    if (signal?.aborted) return () => undefined;
    const entry = { listener };
    this.#listeners.add(entry);
    listener(this.#state);
    const leaveLoop = this.#loop.add(positive(interval, DEFAULT_INTERVAL));
    const unsubscribe = () => {
      // Each watch has its own entry: only the first call finds it.
      if (!this.#listeners.delete(entry)) return;
      signal?.removeEventListener('abort', unsubscribe);
      leaveLoop();
    };
    signal?.addEventListener('abort', unsubscribe, { once: true });
    return unsubscribe;
  }

  /** Reads the stored copy once, on first use, so creating a client costs nothing. */
  #hydrate(): void {
    if (this.#hydrated) return;
    this.#hydrated = true;
    if (typeof this.#url !== 'string') {
      this.#update({ error: this.#url });
      return;
    }
    const stored = this.#store?.read();
    if (!stored) return;
    this.#held = { ...stored, confirmed: false };
    this.#update({ data: stored.feed, issues: stored.issues, stale: true, fetchedAt: stored.fetchedAt });
  }

  /** Starts a load, or joins the one under way. */
  #load(signal?: AbortSignal): Promise<FeedResponse> {
    const url = this.#url;
    if (typeof url !== 'string') return Promise.reject(url);
    if (!this.#inflight || this.#inflight.abandoned) {
      const request = new JointRequest((requestSignal) => this.#revalidate(url, requestSignal));
      this.#inflight = request;
      if (!this.#state.loading) this.#update({ loading: true });
      request.promise.then(
        (response) => this.#settle(request, () => this.#succeeded(response)),
        (error: unknown) => this.#settle(request, request.abandoned ? undefined : () => this.#failed(error)),
      );
    }
    return this.#inflight.join(signal);
  }

  /** `record` is left out for a request everyone left: its abort is no failure to show. */
  #settle(request: JointRequest<FeedResponse>, record: (() => void) | undefined): void {
    if (this.#inflight === request) this.#inflight = undefined;
    if (record) {
      record();
      this.#loop.schedule();
    } else if (!this.#inflight) {
      this.#update({ loading: false });
    }
  }

  async #revalidate(url: string, signal: AbortSignal): Promise<FeedResponse> {
    try {
      const held = this.#held;
      const validators = held && this.#sendValidators ? held.validators : undefined;
      const request = { ...this.#request, signal };
      const transport = this.#first ?? this.#transport;
      this.#first = undefined;
      let outcome: FetchOutcome = await fetchFeed(transport, url, { ...request, validators });
      if (outcome.kind === 'not-modified') {
        if (held && validators) return this.#confirm(held);
        // A 304 to a request without our validators (a proxy, or a server that always
        // says so): ask once more, plainly, before giving up.
        outcome = await fetchFeed(this.#transport, url, request);
        if (outcome.kind === 'not-modified') {
          throw new FeedHttpError(304, url, { noCopy: true });
        }
      }
      // The same ETag is the same version: the held feed stands (this is how cross-origin
      // feeds, revalidated by the browser's cache, avoid being parsed again).
      if (held && outcome.validators.etag !== undefined && outcome.validators.etag === held.validators.etag) {
        return this.#confirm(held);
      }
      const { text, value } = decodeBody(outcome.bytes, url);
      const result = parseFeedValue(value, this.#parse);
      if (!result.ok) throw new FeedValidationError(result.issues);
      const fetchedAt = new Date();
      this.#held = {
        feed: result.feed,
        issues: result.issues,
        validators: outcome.validators,
        fetchedAt,
        confirmed: true,
      };
      this.#store?.write(text, outcome.validators, fetchedAt);
      return { feed: result.feed, issues: result.issues, fetchedAt, fromCache: false };
    } catch (error) {
      if (signal.aborted || isOgpError(error)) throw error;
      throw new OgpError('unexpected', {}, { cause: error });
    }
  }

  #confirm(held: HeldFeed): FeedResponse {
    this.#held = { ...held, fetchedAt: new Date(), confirmed: true };
    return reuse(this.#held);
  }

  #succeeded(response: FeedResponse): void {
    this.#failures = 0;
    this.#retryAfter = undefined;
    this.#settledAt = Date.now();
    this.#update({
      data: response.feed,
      issues: response.issues,
      error: undefined,
      stale: false,
      fetchedAt: response.fetchedAt,
      loading: false,
    });
  }

  #failed(error: unknown): void {
    this.#failures++;
    this.#retryAfter = isFeedHttpError(error) ? error.retryAfter : undefined;
    this.#jitter = Math.random();
    this.#settledAt = Date.now();
    this.#update({ error: error as OgpError, stale: this.#state.data !== undefined, loading: false });
  }

  #dueIn(interval: number): number {
    if (typeof this.#url !== 'string') return Infinity;
    // Nothing confirmed with the server yet (or only a stored copy): now.
    if (this.#settledAt === undefined) return 0;
    const delay = pollDelay({ interval, failures: this.#failures, retryAfter: this.#retryAfter, jitter: this.#jitter });
    return this.#settledAt + delay - Date.now();
  }

  /** Replaces the state (a new frozen object, so views can compare by reference) and tells every watcher. */
  #update(patch: Partial<WatchState>): void {
    const next: WatchState = { ...this.#state, ...patch };
    for (const key of ['data', 'error', 'fetchedAt'] as const) {
      if (next[key] === undefined) delete next[key];
    }
    this.#state = Object.freeze(next);
    for (const { listener } of [...this.#listeners]) {
      try {
        listener(this.#state);
      } catch (error) {
        reportLater(error);
      }
    }
  }
}
