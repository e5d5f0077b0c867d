/**
 * The page's clients: one per feed address, so that every element and every piece of page code
 * showing the same feed shares one request, one poll loop and one cache. The first caller's
 * options win. Their default transport is `fetchTransport`, not ky: a page that embeds the
 * elements should not download an HTTP library (ky is 8 KB gzipped, a quarter of the embed's
 * budget) for one GET with a timeout.
 *
 * The elements ask with `getDefaultSharedClient`, which never references the `storage` support
 * (`persistent-cache.ts`), so the embed does not carry it; `getSharedClient`, for page code, does.
 */
import { fetchTransport } from './fetch-transport.js';
import { resolveFeedUrl } from './feed-url.js';
import type { OpenFeedStore } from './feed-store.js';
import { LiveFeedClient } from './live-feed-client.js';
import { openStorage } from './persistent-cache.js';
import type { ClientOptions, FeedClient } from './types.js';

const clients = new Map<string, FeedClient>();

function sharedClient(feedUrl: string, options: Omit<ClientOptions, 'feedUrl'>, openStore?: OpenFeedStore): FeedClient {
  const resolved = resolveFeedUrl(feedUrl);
  const key = typeof resolved === 'string' ? resolved : feedUrl;
  let client = clients.get(key);
  if (!client) {
    client = new LiveFeedClient({ ...options, feedUrl }, options.transport ?? fetchTransport, openStore);
    clients.set(key, client);
  }
  return client;
}

/**
 * The page's client for `feedUrl`, made on first use; the first caller's options win, and
 * the elements get the same client. Unlike `createClient`, its default transport is
 * `fetchTransport`, not ky. Pass `transport: kyTransport(...)` to use ky anyway.
 */
export function getSharedClient(feedUrl: string, options: Omit<ClientOptions, 'feedUrl'> = {}): FeedClient {
  return sharedClient(feedUrl, options, openStorage(options.storage));
}

/**
 * The client `getSharedClient(feedUrl)` returns, for code that never passes options (the
 * elements): the one whoever asked first made, or else a new one with the default options.
 */
export function getDefaultSharedClient(feedUrl: string): FeedClient {
  return sharedClient(feedUrl, {});
}

/** Forgets every shared client (for tests). Clients already handed out keep working. */
export function clearSharedClients(): void {
  clients.clear();
}
