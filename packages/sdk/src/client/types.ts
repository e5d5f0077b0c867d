/** The public shapes of the feed client. */
import type { OgpError } from '../errors/ogp-error.js';
import type { FeedIssue } from '../parse/issues.js';
import type { ParseOptions } from '../parse/parse-feed.js';
import type { ActionPlan, Commitment, Feed, Forum, Institution } from '../schema/feed.js';
import type { FeedStorage } from './feed-store.js';
import type { FeedTransport } from './transport.js';

export type { FeedStorage };

export interface ClientOptions {
  /** The feed's address; relative addresses resolve against the page. Only http(s). */
  feedUrl: string;
  /**
   * The longest the server may say nothing, in ms: before its answer, then between pieces of the
   * body, so a large feed on a slow line still arrives. Default 15000.
   */
  timeout?: number;
  /** How the feed is parsed; default lenient. */
  parse?: ParseOptions;
  /** Where to keep the last good feed between visits (e.g. `localStorage`). Default `false`. */
  storage?: FeedStorage | false;
  /**
   * How the feed is fetched. Default: `kyTransport()` for `createClient`, `fetchTransport` for
   * `getSharedClient` (the elements' client, kept free of ky). Give `kyTransport(instance)` to
   * use your own ky instance (hooks, auth).
   */
  transport?: FeedTransport;
  /** Replaces the global `fetch` (tests, service workers, server-side rendering); both transports use it. */
  fetch?: typeof fetch;
  /** Extra request headers. Any header that is not CORS-safelisted makes cross-origin requests need a preflight. */
  headers?: Record<string, string>;
  /**
   * Send `If-None-Match` / `If-Modified-Since` to a feed on another origin too. Off by
   * default: those headers need a CORS preflight that the feed's server must allow; without
   * them the browser's HTTP cache still revalidates. Same-origin feeds (and Node) always
   * send them.
   */
  crossOriginValidators?: boolean;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface GetFeedOptions extends RequestOptions {
  /**
   * Ask the server even though a confirmed copy is held. Without it, a copy this client
   * confirmed with the server is returned at once (`watch()` keeps it current).
   */
  revalidate?: boolean;
}

export interface FeedResponse {
  feed: Feed;
  /** Lenient parsing's report: entries left out, warnings. */
  issues: FeedIssue[];
  /** When the server last confirmed this feed. */
  fetchedAt: Date;
  /** True when no new body was downloaded: the held copy was still current. */
  fromCache: boolean;
}

export interface WatchState {
  /** The last good feed; kept through failures. */
  data?: Feed;
  issues: FeedIssue[];
  /** The last attempt's failure; cleared by the next success. */
  error?: OgpError;
  /** `data` is shown but not known to be current: the last attempt failed, or it came from storage. */
  stale: boolean;
  fetchedAt?: Date;
  loading: boolean;
}

export type WatchListener = (state: WatchState) => void;

export interface WatchOptions {
  /** Poll every this many ms. Default 60000. Several watchers: the shortest wins. */
  interval?: number;
  /** Unsubscribes when aborted. */
  signal?: AbortSignal;
}

export interface PlanResult {
  plan: ActionPlan;
  feed: Feed;
}

export interface CommitmentResult {
  commitment: Commitment;
  plan: ActionPlan;
  feed: Feed;
}

export interface ForumResult {
  forum: Forum;
  feed: Feed;
}

export interface InstitutionResult {
  institution: Institution;
  feed: Feed;
}

export interface FeedClient {
  /** The resolved address the client fetches. */
  readonly feedUrl: string;
  /** The current state, synchronously (from storage on the first read, if enabled). */
  readonly snapshot: WatchState;
  getFeed(options?: GetFeedOptions): Promise<FeedResponse>;
  getPlan(planId: string, options?: GetFeedOptions): Promise<PlanResult>;
  getCommitment(commitmentId: string, options?: GetFeedOptions): Promise<CommitmentResult>;
  getForum(forumId: string, options?: GetFeedOptions): Promise<ForumResult>;
  getInstitution(institutionId: string, options?: GetFeedOptions): Promise<InstitutionResult>;
  /** Revalidates with the server now. */
  refresh(options?: RequestOptions): Promise<FeedResponse>;
  /** Calls `listener` now and on every change; returns the unsubscribe function. */
  watch(listener: WatchListener, options?: WatchOptions): () => void;
}
