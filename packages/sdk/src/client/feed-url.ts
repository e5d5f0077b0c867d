/**
 * Resolves the feed address the way the page would (relative to the document) and accepts
 * only http(s): a `javascript:` or `file:` address from an attribute is never fetched.
 */
import { FeedUrlError } from '../errors/feed-url-error.js';

function pageBase(): string | undefined {
  const scope = globalThis as { document?: { baseURI?: string }; location?: { href?: string } };
  return scope.document?.baseURI ?? scope.location?.href;
}

export function resolveFeedUrl(feedUrl: string): string | FeedUrlError {
  let url: URL;
  try {
    url = new URL(feedUrl, pageBase());
  } catch (error) {
    return new FeedUrlError(feedUrl, { cause: error });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return new FeedUrlError(feedUrl);
  return url.href;
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
