/**
 * A feed's published slices: `sliceClient(client, 'commitment', 'CL0069')` is a client of just that
 * commitment's document when the feed's host has them, and of the whole feed otherwise. A module of
 * its own, which no other imports: a bundle that never asks for slices (the single self-contained
 * embed file) does not carry it.
 *
 * Discovery: the index sits at a place fixed by the feed's own address (`…/feed.json` →
 * `…/feed.parts/index.json`), so a page that knows only the feed finds it. The index is itself a
 * feed (the whole's heading, no plans), read by the same client code. The first slice asked for
 * is requested at the default path together with the index (one round trip, not two); the others
 * wait for the index. No index (404, or anything unreadable) means no slices: the answer is kept for
 * the client's life (one per page for the shared clients), and every slice is the whole feed.
 *
 * A slice is used only when it loads, parses, is the slice asked for and was cut from the version of
 * the whole the index names (same SHA-256). Anything else falls back to the whole feed, whose
 * errors and stale marks are then the ones shown. While watched, a slice that goes missing or stops
 * parsing falls back too; a new version of a slice has the index read again (once per version), so
 * a re-published folder keeps its slices. Failures of the network or the server are no fallback: the
 * slice shows them as the whole would (its last good data, stale, and the error), and keeps polling.
 */
import { isFeedFormatError, isFeedHttpError, isFeedValidationError } from '../errors/type-guards.js';
import { slicePath, sliceIndexUrl } from '../slices/slice-paths.js';
import { firstRequests, type HeadStart, type SliceRef } from './head-start.js';
import { startFrom } from './start-from.js';
import type { Feed } from '../schema/feed.js';
import type { FeedSlice, SliceKind, SliceDirectory, SliceIndex, PlanDigestSlice } from '../schema/slices.js';
import { checkPlanDigest } from '../check/check-slices.js';
import { FeedLookups } from './feed-lookups.js';
import type {
  FeedClient,
  FeedResponse,
  GetFeedOptions,
  RequestOptions,
  WatchListener,
  WatchOptions,
  WatchState,
} from './types.js';

/** A client that can make another with its options for another address (`LiveFeedClient.at`). */
interface Whole extends FeedClient {
  at(url: string): FeedClient;
}

/** A failure that says the slice is gone or is not one (404, 410, not JSON, not a feed): the whole is used. */
const meansNoSlice = (error: unknown) =>
  (isFeedHttpError(error) && (error.status === 404 || error.status === 410)) ||
  isFeedFormatError(error) ||
  isFeedValidationError(error);

/** The pending state shown until a slice knows where its data comes from. */
const PENDING: WatchState = Object.freeze({ issues: [], stale: false, loading: true });

/** The slices of one whole feed's client: its index, and one client per slice and per document. */
class FeedSlices {
  readonly whole: Whole;
  readonly indexUrl: string;
  /** What the last index read says; `undefined` while none is, or when the feed has no slices. */
  latest: Pick<SliceDirectory, 'sha256' | 'paths'> | undefined;
  #index: Promise<unknown> | undefined;
  /** The version of the whole a fresh index was last asked for. */
  #askedFor: string | undefined;
  #guessed = false;
  readonly #clients = new Map<string, FeedClient>();
  /** Head starts handed over (`offer`): each document client made later reads its answer. */
  readonly #headStarts: HeadStart[] = [];

  constructor(whole: Whole) {
    this.whole = whole;
    this.indexUrl = sliceIndexUrl(whole.feedUrl);
  }

  /** One client per key (a slice, a document), shared by every element that shows it. */
  shared(key: string, make: () => FeedClient): FeedClient {
    let client = this.#clients.get(key);
    if (!client) this.#clients.set(key, (client = make()));
    return client;
  }

  /** The client of the document at `url`, started from a head start's answer when one has it. */
  documentAt(url: string): FeedClient {
    return this.shared(url, () => {
      const client = this.whole.at(url);
      for (const headStart of this.#headStarts) startFrom(client, headStart);
      return client;
    });
  }

  document(template: string, id: string): FeedClient {
    return this.documentAt(new URL(slicePath(template, id), this.indexUrl).href);
  }

  /** Hands over a head start's answers to the document clients made from now on. */
  offer(headStart: HeadStart): void {
    this.#headStarts.push(headStart);
  }

  /**
   * Reads the index once (and again, once, for a `version` of the whole it does not name). Beyond
   * the feed it is, what the client relies on is checked: a SHA-256, and a path with `{id}` per kind.
   */
  index(version?: string): Promise<unknown> {
    const fresh = version && this.latest && this.latest.sha256 !== version && this.#askedFor !== version;
    if (!this.#index || fresh) {
      this.#askedFor = version;
      const client = this.documentAt(this.indexUrl);
      this.#index = client.getFeed({ revalidate: !!fresh }).then(
        ({ feed }) => {
          const { sha256, paths } = (feed as SliceIndex).parts ?? {};
          const usable =
            typeof sha256 === 'string' && REQUIRED_KINDS.every((kind) => String(paths?.[kind]).includes('{id}'));
          this.latest = usable ? { sha256, paths: paths! } : undefined;
        },
        () => (this.latest = undefined),
      );
    }
    return this.#index;
  }

  /** True for the first slice only: it may be asked for at its default path before the index comes. */
  guess(): boolean {
    return !this.#guessed && (this.#guessed = true);
  }
}

const directories = new WeakMap<FeedClient, FeedSlices>();

function slicesOf(client: FeedClient): FeedSlices {
  let slices = directories.get(client);
  if (!slices) directories.set(client, (slices = new FeedSlices(client as Whole)));
  return slices;
}

/** Whether `client` can serve slices: it makes clients for other addresses, and its own is valid. */
const servesSlices = (client: FeedClient) =>
  typeof (client as Partial<Whole>).at === 'function' && client.snapshot.error?.name !== 'FeedUrlError';

/**
 * A client of one published slice of `client`'s feed (docs/feed-format.md#published-slices): its
 * feed holds just that commitment, plan or forum when the host publishes slices, and is the whole
 * feed otherwise, or when the slice is missing, unreadable or out of step with the whole. Every
 * caller asking for the same slice of the same client gets the same slice client. A client that
 * cannot make another for a slice's address (one of your own) is returned as it is.
 */
export function sliceClient(client: FeedClient, kind: SliceKind, id: string): FeedClient {
  if (!servesSlices(client)) return client;
  const directory = slicesOf(client);
  return directory.shared(`${kind} ${id}`, () => new SliceClient(directory, kind, id));
}

/**
 * The client an element reads: of `slice` of `whole`'s feed, or of the whole; when the embed's
 * loader gave the element a head start (head-start.ts), the first GETs read its answers.
 */
export function clientFor(whole: FeedClient, slice?: SliceRef, headStart?: HeadStart): FeedClient {
  if (!slice || !servesSlices(whole)) {
    if (headStart) startFrom(whole, headStart);
    return whole;
  }
  if (headStart) slicesOf(whole).offer(headStart);
  return sliceClient(whole, slice.kind, slice.id);
}

/** The kinds every index names; one written before plan digests names none (the plan's element then reads the whole). */
const REQUIRED_KINDS: readonly SliceKind[] = ['commitment', 'plan', 'forum'];

/** One slice's client: the slice's document when the host has it, else the whole feed. */
class SliceClient extends FeedLookups implements FeedClient {
  readonly #slices: FeedSlices;
  readonly #kind: SliceKind;
  readonly #id: string;
  /** Where the data comes from, once known. */
  #from: FeedClient | undefined;
  #choosing: Promise<FeedClient> | undefined;

  constructor(slices: FeedSlices, kind: SliceKind, id: string) {
    super();
    this.#slices = slices;
    this.#kind = kind;
    this.#id = id;
  }

  get feedUrl(): string {
    return this.#whole.feedUrl;
  }

  get snapshot(): WatchState {
    return this.#from?.snapshot ?? PENDING;
  }

  get #whole(): FeedClient {
    return this.#slices.whole;
  }

  async getFeed(options?: GetFeedOptions): Promise<FeedResponse> {
    const signal = options?.signal;
    signal?.throwIfAborted();
    // Waiting for the choice is shared: a caller that leaves stops waiting, the choice goes on.
    const from =
      this.#from ??
      (await Promise.race([
        this.#choose(),
        new Promise<never>((_, reject) =>
          signal?.addEventListener('abort', () => reject(signal.reason), { once: true }),
        ),
      ]));
    return from.getFeed(options);
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
        this.#from = this.#whole;
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
          // A new version of the slice: the index must name the same whole, else the whole is used.
          void this.#slices.index((state.data as FeedSlice).part?.sha256).then(() => {
            if (moved || signal?.aborted) return;
            const now = source.snapshot;
            if (now.data && this.#agrees(now.data)) listener(now);
            else toWhole();
          });
        },
        { interval, signal },
      );
    };
    if (this.#from) follow(this.#from);
    else {
      listener(PENDING);
      void this.#choose().then(follow);
    }
    return () => unwatch?.();
  }

  /** Whether `feed` is this slice, cut from the whole the index names (a plan digest: with a digest that checks). */
  #agrees(feed: Feed): boolean {
    const part: Partial<FeedSlice['part']> = (feed as FeedSlice).part ?? {};
    const digested = this.#kind !== 'plan-digest' || checkPlanDigest((feed as Partial<PlanDigestSlice>).digest).success;
    return part.kind === this.#kind && part.id === this.#id && part.sha256 === this.#slices.latest?.sha256 && digested;
  }

  /** Decides once where the data comes from; never rejects (any failure means the whole). */
  #choose(): Promise<FeedClient> {
    return (this.#choosing ??= this.#find().then((source) => (this.#from ??= source)));
  }

  async #find(): Promise<FeedClient> {
    const slices = this.#slices;
    const whole = this.#whole;
    // The whole feed already on the page: nothing to gain from a slice.
    if (whole.snapshot.data) return whole;
    const load = (client: FeedClient) =>
      client.getFeed().then(
        ({ feed }) => feed,
        () => undefined,
      );
    const guessed = slices.guess()
      ? slices.documentAt(firstRequests(whole.feedUrl, { kind: this.#kind, id: this.#id }).guess!)
      : undefined;
    const guess = guessed && load(guessed);
    await slices.index();
    const template = slices.latest?.paths[this.#kind];
    if (!template?.includes('{id}')) return whole;
    const client = slices.document(template, this.#id);
    const feed = await (client === guessed ? guess : load(client));
    // A slice of another version: the index may be older than the slice (a folder published again).
    if (feed && !this.#agrees(feed)) await slices.index((feed as FeedSlice).part?.sha256);
    return feed && this.#agrees(feed) ? client : whole;
  }
}
