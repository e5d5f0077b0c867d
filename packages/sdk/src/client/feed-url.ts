/**
 * Resolves the feed address the way the page would (relative to the document) and accepts
 * only http(s): a `javascript:` or `file:` address from an attribute is never fetched.
 */
import { FeedUrlError } from '../errors/feed-url-error.js';
import { feedAddress } from './feed-address.js';

export function resolveFeedUrl(feedUrl: string): string | FeedUrlError {
  return feedAddress(feedUrl) ?? new FeedUrlError(feedUrl);
}

/**
 * Whether `If-None-Match` / `If-Modified-Since` may be sent. They are not CORS-safelisted
 * headers: sent to another origin they force a preflight that most static hosts refuse,
 * and the feed would fail on every revalidation. Across origins the browser's own HTTP
 * cache does the conditional request instead (see `fetch-feed.ts`). Node has no origin.
 */
export function isSameOrigin(url: string): boolean {
  const origin = (globalThis as { location?: { origin?: string } }).location?.origin;
  if (!origin || origin === 'null') return true;
  return new URL(url).origin === origin;
}
