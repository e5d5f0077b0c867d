/**
 * The storage side of the feed client, in one leaf module that both sides import: the client
 * (`live-feed-client.ts`) uses a `FeedStore` without knowing how it is kept, and the `storage`
 * option (`persistent-cache.ts`) provides one, so neither imports the other.
 */
import type { FeedIssue } from '../parse/issues.js';
import type { ParseOptions } from '../parse/parse-feed.js';
import type { Feed } from '../schema/feed.js';
import type { Validators } from './fetch-feed.js';

/**
 * What the `storage` option accepts: `localStorage`, `sessionStorage`, or any object with these
 * three methods. Named apart from the DOM's `CacheStorage` (`caches`), which is another thing.
 */
export type FeedStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A good feed and what identifies its version. */
export interface StoredFeed {
  feed: Feed;
  issues: FeedIssue[];
  validators: Validators;
  fetchedAt: Date;
}

/**
 * Where a client keeps its last good feed between visits, for an instant first paint on the
 * next one (`persistent-cache.ts`). Only the functions that take the `storage` option give a
 * client one, so a bundle that never passes `storage` carries none of that code.
 */
export interface FeedStore {
  /** The stored feed, parsed as the client parses; `undefined` when there is none fit to show. */
  read(): StoredFeed | undefined;
  /** Keeps the body the server just sent, exactly as sent. */
  write(text: string, validators: Validators, fetchedAt: Date): void;
}

/** Opens the store of one client, for its resolved feed address and its parse options. */
export type OpenFeedStore = (url: string, parse: ParseOptions) => FeedStore;
