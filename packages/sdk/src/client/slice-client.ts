/**
 * A feed's published parts: `sliceClient(client, 'commitment', 'CL0069')` is a client of just that
 * commitment's document when the feed's host has them, and of the whole feed otherwise. A module of
 * its own, which no other imports: a bundle that never asks for parts (the single self-contained
 * embed file) does not carry it.
 *
 * Discovery: the index sits at a place fixed by the feed's own address (`…/feed.json` →
 * `…/feed.parts/index.json`), so a page that knows only the feed finds it. The index is itself a
 * feed (the whole's heading, no plans), read by the same client code. The first part asked for
 * is requested at the default path together with the index (one round trip, not two); the others
 * wait for the index. No index (404, or anything unreadable) means no parts: the answer is kept for
 * the client's life (one per page for the shared clients), and every part is the whole feed.
 *
 * A part is used only when it loads, parses, is the part asked for and was cut from the version of
 * the whole the index names (same SHA-256). Anything else falls back to the whole feed, whose
 * errors and stale marks are then the ones shown. While watched, a part that goes missing or stops
 * parsing falls back too; a new version of a part has the index read again (once per version), so
 * a re-published folder keeps its parts. Failures of the network or the server are no fallback: the
 * part shows them as the whole would (its last good data, stale, and the error), and keeps polling.
 */
import { isFeedFormatError, isFeedHttpError, isFeedValidationError } from '../errors/type-guards.js';
import { DEFAULT_SLICE_PATHS, slicePath, sliceIndexUrl } from '../slices/slice-paths.js';
import type { Feed } from '../schema/feed.js';
import type { FeedSlice, SliceKind, SliceDirectory, SliceIndex, PlanDigestSlice } from '../schema/slices.js';
import { checkPlanDigest } from '../check/check-slices.js';
import { FeedLookups } from './feed-lookups.js';
import type { FeedClient, FeedResponse, GetFeedOptions, RequestOptions, WatchListener, WatchOptions, WatchState } from './types.js';

/** A client that can make another with its options for another address (`LiveFeedClient.at`). */
interface Whole extends FeedClient {
  at(url: string): FeedClient;
}

/** A failure that says the part is gone or is not one (404, 410, not JSON, not a feed): the whole is used. */
const meansNoSlice = (error: unknown) =>
  (isFeedHttpError(error) && (error.status === 404 || error.status === 410)) || isFeedFormatError(error) || isFeedValidationError(error);

/** The pending state shown until a part knows where its data comes from. */
const PENDING: WatchState = Object.freeze({ issues: [], stale: false, loading: true });

/** The parts of one whole feed's client: its index, and one client per part and per document. */
class FeedParts {
  readonly whole: Whole;
  readonly indexUrl: string;
  /** What the last index read says; `undefined` while none is, or when the feed has no parts. */
  latest: Pick<SliceDirectory, 'sha256' | 'paths'> | undefined;
  #index: Promise<unknown> | undefined;
  /** The version of the whole a fresh index was last asked for. */
  #askedFor: string | undefined;
  #guessed = false;
  readonly #clients = new Map<string, FeedClient>();

  constructor(whole: Whole) {
    this.whole = whole;
    this.indexUrl = sliceIndexUrl(whole.feedUrl);
  }

  /** One client per key (a part, a document), shared by every element that shows it. */
  shared(key: string, make: () => FeedClient): FeedClient {
    let client = this.#clients.get(key);
    if (!client) this.#clients.set(key, (client = make()));
    return client;
  }

  document(template: string, id: string): FeedClient {
    const url = new URL(slicePath(template, id), this.indexUrl).href;
    return this.shared(url, () => this.whole.at(url));
  }

  /**
   * Reads the index once (and again, once, for a `version` of the whole it does not name). Beyond
   * the feed it is, what the client relies on is checked: a SHA-256, and a path with `{id}` per kind.
   */
  index(version?: string): Promise<unknown> {
    const fresh = version && this.latest && this.latest.sha256 !== version && this.#askedFor !== version;
    if (!this.#index || fresh) {
      this.#askedFor = version;
      const client = this.shared(this.indexUrl, () => this.whole.at(this.indexUrl));
      this.#index = client.getFeed({ revalidate: !!fresh }).then(
        ({ feed }) => {
          const { sha256, paths } = (feed as SliceIndex).parts ?? {};
          const usable = typeof sha256 === 'string' && REQUIRED_KINDS.every((kind) => String(paths?.[kind]).includes('{id}'));
          this.latest = usable ? { sha256, paths: paths! } : undefined;
        },
        () => (this.latest = undefined),
      );
    }
    return this.#index;
  }

  /** True for the first part only: it may be asked for at its default path before the index comes. */
  guess(): boolean {
    return !this.#guessed && (this.#guessed = true);
  }
}

const directories = new WeakMap<FeedClient, FeedParts>();

/**
 * A client of one published part of `client`'s feed (docs/feed-format.md#published-slices): its feed
 * holds just that commitment, plan or forum when the host publishes parts, and is the whole feed
 * otherwise, or when the part is missing, unreadable or out of step with the whole. Every caller
 * asking for the same part of the same client gets the same part client. A client that cannot make
 * another for a part's address (one of your own) is returned as it is.
 */
export function sliceClient(client: FeedClient, kind: SliceKind, id: string): FeedClient {
  if (typeof (client as Partial<Whole>).at !== 'function' || client.snapshot.error?.name === 'FeedUrlError') return client;
  let parts = directories.get(client);
  if (!parts) directories.set(client, (parts = new FeedParts(client as Whole)));
  const directory = parts;
  return parts.shared(`${kind} ${id}`, () => new SliceClient(directory, kind, id));
}

/** The kinds every index names; one written before plan digests names none (the plan's element then reads the whole). */
const REQUIRED_KINDS: readonly SliceKind[] = ['commitment', 'plan', 'forum'];

/** One part's client: the part's document when the host has it, else the whole feed. */
class SliceClient extends FeedLookups implements FeedClient {
  readonly #parts: FeedParts;
  readonly #kind: SliceKind;
  readonly #id: string;
  /** Where the data comes from, once known. */
  #source: FeedClient | undefined;
  #choosing: Promise<FeedClient> | undefined;

  constructor(parts: FeedParts, kind: SliceKind, id: string) {
    super();
    this.#parts = parts;
    this.#kind = kind;
    this.#id = id;
  }

  get feedUrl(): string {
    return this.#whole.feedUrl;
  }

  get snapshot(): WatchState {
    return this.#source?.snapshot ?? PENDING;
  }

  get #whole(): FeedClient {
    return this.#parts.whole;
  }

  async getFeed(options?: GetFeedOptions): Promise<FeedResponse> {
    const signal = options?.signal;
    signal?.throwIfAborted();
    // Waiting for the choice is shared: a caller that leaves stops waiting, the choice goes on.
    const source =
      this.#source ??
      (await Promise.race([
        this.#choose(),
        new Promise<never>((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true })),
      ]));
    return source.getFeed(options);
  }

  refresh(options?: RequestOptions): Promise<FeedResponse> {
    return this.getFeed({ ...options, revalidate: true });
  }

  watch(listener: WatchListener, { interval, signal }: WatchOptions = {}): () => void {
    let unwatch: (() => void) | undefined;
    const follow = (source: FeedClient) => {
      if (signal?.aborted) return;
      let moved = false;
      const toWhole = () => {
        moved = true;
        this.#source = this.#whole;
        // Not from inside the call `watch` makes to the listener: `unwatch` is only set after it.
        queueMicrotask(() => {
          unwatch?.();
          follow(this.#whole);
        });
      };
      unwatch = source.watch(
        (state) => {
          if (moved) return;
          if (source === this.#whole || !state.data || this.#agrees(state.data)) {
            if (state.error && source !== this.#whole && meansNoSlice(state.error)) return toWhole();
            return listener(state);
          }
          // A new version of the part: the index must name the same whole, else the whole is used.
          void this.#parts.index((state.data as FeedSlice).part?.sha256).then(() => {
            if (moved || signal?.aborted) return;
            const now = source.snapshot;
            if (now.data && this.#agrees(now.data)) listener(now);
            else toWhole();
          });
        },
        { interval, signal },
      );
    };
    if (this.#source) follow(this.#source);
    else {
      listener(PENDING);
      void this.#choose().then(follow);
    }
    return () => unwatch?.();
  }

  /** Whether `feed` is this part, cut from the whole the index names (a plan digest: with a digest that checks). */
  #agrees(feed: Feed): boolean {
    const part: Partial<FeedSlice['part']> = (feed as FeedSlice).part ?? {};
    const digested = this.#kind !== 'plan-digest' || checkPlanDigest((feed as Partial<PlanDigestSlice>).digest).success;
    return part.kind === this.#kind && part.id === this.#id && part.sha256 === this.#parts.latest?.sha256 && digested;
  }

  /** Decides once where the data comes from; never rejects (any failure means the whole). */
  #choose(): Promise<FeedClient> {
    return (this.#choosing ??= this.#find().then((source) => (this.#source ??= source)));
  }

  async #find(): Promise<FeedClient> {
    const parts = this.#parts;
    const whole = this.#whole;
    // The whole feed already on the page: nothing to gain from a part.
    if (whole.snapshot.data) return whole;
    const load = (client: FeedClient) => client.getFeed().then(({ feed }) => feed, () => undefined);
    const guessed = parts.guess() ? parts.document(DEFAULT_SLICE_PATHS[this.#kind], this.#id) : undefined;
    const guess = guessed && load(guessed);
    await parts.index();
    const template = parts.latest?.paths[this.#kind];
    if (!template?.includes('{id}')) return whole;
    const client = parts.document(template, this.#id);
    const feed = await (client === guessed ? guess : load(client));
    // A part of another version: the index may be older than the part (a folder published again).
    if (feed && !this.#agrees(feed)) await parts.index((feed as FeedSlice).part?.sha256);
    return feed && this.#agrees(feed) ? client : whole;
  }
}
