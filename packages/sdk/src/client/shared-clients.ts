/**
 * One client per feed address per page, so that every element showing the same feed
 * shares one request, one poll loop and one cache. The first caller's options win.
 */
import { fetchTransport } from './fetch-transport.js';
import { resolveFeedUrl } from './feed-url.js';
import { LiveFeedClient } from './live-feed-client.js';
import type { ClientOptions, FeedClient } from './types.js';

const clients = new Map<string, FeedClient>();

/**
 * The page's client for `feedUrl`, made on first use. Unlike `createClient`, its default
 * transport is `fetchTransport`, not ky: the elements get their client here, and a page that
 * embeds them should not download an HTTP library (ky is 8 KB gzipped, a quarter of the embed's
 * budget) for one GET with a timeout. Pass `transport: kyTransport(...)` to use ky anyway.
 */
export function getSharedClient(feedUrl: string, options: Omit<ClientOptions, 'feedUrl'> = {}): FeedClient {
  const resolved = resolveFeedUrl(feedUrl);
  const key = typeof resolved === 'string' ? resolved : feedUrl;
  let client = clients.get(key);
  if (!client) {
    client = new LiveFeedClient({ ...options, feedUrl }, options.transport ?? fetchTransport);
    clients.set(key, client);
  }
  return client;
}

/** Forgets every shared client (for tests). Clients already handed out keep working. */
export function clearSharedClients(): void {
  clients.clear();
}
