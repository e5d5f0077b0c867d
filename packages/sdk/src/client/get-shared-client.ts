/** `getSharedClient`: the page's one client per feed address, for page code that wants options. */
import { openStorage } from './persistent-cache.js';
import { sharedClient } from './shared-clients.js';
import type { ClientOptions, FeedClient } from './types.js';

/**
 * The page's client for `feedUrl`, made on first use; the first caller's options win, and
 * the elements get the same client (`getDefaultSharedClient`). Unlike `createClient`, its
 * default transport is `fetchTransport`, not ky. Pass `transport: kyTransport(...)` to use ky anyway.
 */
export function getSharedClient(feedUrl: string, options: Omit<ClientOptions, 'feedUrl'> = {}): FeedClient {
  return sharedClient(feedUrl, options, openStorage(options.storage));
}
