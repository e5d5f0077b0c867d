/**
 * `createClient`: the SDK's documented way to get a feed client. Its HTTP goes through ky
 * (`kyTransport`) unless `transport` says otherwise; pass `kyTransport(yourInstance)` for ky
 * hooks or auth, or `fetchTransport` for no HTTP library at all.
 */
import { kyTransport } from './ky-transport.js';
import { LiveFeedClient } from './live-feed-client.js';
import { openStorage } from './persistent-cache.js';
import type { ClientOptions, FeedClient } from './types.js';

export function createClient(options: ClientOptions): FeedClient {
  return new LiveFeedClient(options, options.transport ?? kyTransport(), openStorage(options.storage));
}
