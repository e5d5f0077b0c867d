/**
 * The seam between the feed client and HTTP. A transport makes one GET and brings back the
 * status, the headers and the whole body; the client does everything else (validators,
 * caching, parsing, polling). Two ship with the SDK: `fetchTransport` (plain `fetch`, what the
 * elements use, so the embed carries no HTTP library) and `kyTransport(instance?)` (ky, the
 * default of `createClient`, for hooks, auth and the rest of ky). Anything else that honours
 * this contract works too: a test double, a service worker, a server's own HTTP stack.
 */
import { FeedHttpError } from '../errors/feed-http-error.js';
import { parseRetryAfter } from './retry-after.js';

export interface TransportRequest {
  /** `accept`, the client's `headers` option, and `If-None-Match` / `If-Modified-Since` when revalidating. */
  headers: Record<string, string>;
  /** Aborted when every caller left: reject with its `reason`. */
  signal: AbortSignal;
  /**
   * The `fetch` cache mode: `no-store` when the client sends its own validators (so the
   * browser cache cannot turn a 304 into its stored copy), else `no-cache`.
   */
  cache: 'no-store' | 'no-cache';
  /**
   * The longest silence, in ms: for the headers, then between pieces of the body. Past it, reject
   * with a `FeedTimeoutError` (`stalled` once the answer began). A body that keeps coming is no timeout.
   */
  timeout: number;
  /** The client's `fetch` option, when one was given: a transport built on fetch calls it. */
  fetch?: typeof fetch | undefined;
}

export interface TransportResponse {
  /** Any status: the client rejects all but 2xx and 304 with a `FeedHttpError`. */
  status: number;
  headers: { get(name: string): string | null };
  /** The whole body; empty for a 304. */
  bytes: ArrayBuffer;
}

/**
 * One GET of the feed. Rejects with the signal's reason when aborted, a `FeedTimeoutError` past
 * the timeout, and a `TypeError` or `FeedNetworkError` when no answer could be read.
 */
export type FeedTransport = (url: string, request: TransportRequest) => Promise<TransportResponse>;

/** A status that carries no feed, as the SDK's error; honours the server's `Retry-After`. */
export function httpStatusError(
  url: string,
  response: Pick<TransportResponse, 'status' | 'headers'>,
  cause?: unknown,
): FeedHttpError {
  return new FeedHttpError(response.status, url, {
    ...(cause === undefined ? {} : { cause }),
    retryAfter: parseRetryAfter(response.headers.get('retry-after')),
  });
}
