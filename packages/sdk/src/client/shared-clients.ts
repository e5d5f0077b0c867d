/**
 * One client per feed address per page, so that every element showing the same feed
 * shares one request, one poll loop and one cache. The first caller's options win.
 * This module never references the `storage` support (`persistent-cache.ts`): the elements
 * get their client here, through `getDefaultSharedClient`, and the embed should not carry it.
 */
import { fetchTransport } from './fetch-transport.js';
import { resolveFeedUrl } from './feed-url.js';
import type { OpenFeedStore } from './feed-store.js';
import { LiveFeedClient } from './live-feed-client.js';
import type { ClientOptions, FeedClient } from './types.js';

const clients = new Map<string, FeedClient>();

/**
 * The page's client for `feedUrl`; the first ask makes it, with `options` and, for the
 * `storage` option, `openStore`. Its default transport is `fetchTransport`, not ky: a page that
 * embeds the elements should not download an HTTP library (ky is 8 KB gzipped, a quarter of the
 * embed's budget) for one GET with a timeout.
 */
export function sharedClient(
  feedUrl: string,
  options: Omit<ClientOptions, 'feedUrl'>,
  openStore?: OpenFeedStore,
): FeedClient {
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
