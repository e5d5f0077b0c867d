/**
 * One client per feed address per page, so that every element showing the same feed
 * shares one request, one poll loop and one cache. The first caller's options win.
 */
import { createClient } from './create-client.js';
import { resolveFeedUrl } from './feed-url.js';
import type { ClientOptions, FeedClient } from './types.js';

const clients = new Map<string, FeedClient>();

export function getSharedClient(feedUrl: string, options: Omit<ClientOptions, 'feedUrl'> = {}): FeedClient {
  const resolved = resolveFeedUrl(feedUrl);
  const key = typeof resolved === 'string' ? resolved : feedUrl;
  let client = clients.get(key);
  if (!client) {
    client = createClient({ ...options, feedUrl });
    clients.set(key, client);
  }
  return client;
}

/** Forgets every shared client (for tests). Clients already handed out keep working. */
export function clearSharedClients(): void {
  clients.clear();
}
