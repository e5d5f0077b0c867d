/**
 * The optional copy of the last good feed kept in `localStorage` (or any Storage-like
 * object) for an instant first paint on the next visit. Storage is shared with the rest of
 * the page and can be full, disabled or edited by hand, so every read is checked and every
 * failure is silent: the cache can only ever save a request, never cause an error.
 */
import { parseFeedValue, type ParseOptions } from '../parse/parse-feed.js';
import type { Validators } from './fetch-feed.js';
import type { FeedStorage, FeedStore, OpenFeedStore, StoredFeed } from './feed-store.js';

export interface CacheEntry {
  v: 1;
  url: string;
  etag?: string;
  lastModified?: string;
  /** The feed exactly as the server sent it; it is parsed again when read. */
  body: string;
  /** When the body was received, in ms since the epoch. */
  savedAt: number;
}

const KEY_PREFIX = 'ogp-embed:feed:';

export function cacheKey(url: string): string {
  return KEY_PREFIX + url;
}

function isEntry(value: unknown, url: string): value is CacheEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    entry.v === 1 &&
    entry.url === url &&
    typeof entry.body === 'string' &&
    typeof entry.savedAt === 'number' &&
    Number.isFinite(entry.savedAt) &&
    (entry.etag === undefined || typeof entry.etag === 'string') &&
    (entry.lastModified === undefined || typeof entry.lastModified === 'string')
  );
}

export class PersistentCache {
  readonly #storage: FeedStorage;
  readonly #key: string;
  readonly #url: string;

  constructor(storage: FeedStorage, url: string) {
    this.#storage = storage;
    this.#url = url;
    this.#key = cacheKey(url);
  }

  /** The stored entry, or `undefined`; an entry that is not ours in every detail is removed. */
  read(): CacheEntry | undefined {
    let raw: string | null;
    try {
      raw = this.#storage.getItem(this.#key);
    } catch {
      return undefined;
    }
    if (raw === null) return undefined;
    try {
      const value: unknown = JSON.parse(raw);
      if (isEntry(value, this.#url)) return value;
    } catch {
      // Corrupt: falls through to removal.
    }
    this.remove();
    return undefined;
  }

  write(entry: Omit<CacheEntry, 'v' | 'url'>): void {
    const stored: CacheEntry = { v: 1, url: this.#url, ...entry };
    try {
      this.#storage.setItem(this.#key, JSON.stringify(stored));
    } catch {
      // Over quota: an older copy left behind would paint data older than the reader has
      // already seen, so it goes too.
      this.remove();
    }
  }

  remove(): void {
    try {
      this.#storage.removeItem(this.#key);
    } catch {
      // Storage disabled: nothing to remove.
    }
  }
}

/** A client's `FeedStore` in `storage`: the body as the server sent it, parsed again when read. */
class StoredFeedCopy implements FeedStore {
  readonly #cache: PersistentCache;
  readonly #parse: ParseOptions;

  constructor(storage: FeedStorage, url: string, parse: ParseOptions) {
    this.#cache = new PersistentCache(storage, url);
    this.#parse = parse;
  }

  read(): StoredFeed | undefined {
    const entry = this.#cache.read();
    if (!entry) return undefined;
    let result: ReturnType<typeof parseFeedValue> | undefined;
    try {
      result = parseFeedValue(JSON.parse(entry.body), this.#parse);
    } catch {
      // Not JSON (edited by hand, or cut short): removed below.
    }
    if (!result?.ok) {
      this.#cache.remove();
      return undefined;
    }
    return {
      feed: result.feed,
      issues: result.issues,
      validators: { etag: entry.etag, lastModified: entry.lastModified },
      fetchedAt: new Date(entry.savedAt),
    };
  }

  write(text: string, { etag, lastModified }: Validators, fetchedAt: Date): void {
    this.#cache.write({
      body: text,
      savedAt: fetchedAt.getTime(),
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
    });
  }
}

/** How a client given the `storage` option opens its store; none without one (the default). */
export function openStorage(storage: FeedStorage | false | undefined): OpenFeedStore | undefined {
  return storage ? (url, parse) => new StoredFeedCopy(storage, url, parse) : undefined;
}
