/**
 * One round trip to the feed's server through ky, and the translation of whatever went
 * wrong into the SDK's errors. Parsing is not done here: this only brings bytes or "not
 * modified" back.
 */
import { isHTTPError, isNetworkError, isTimeoutError, type KyInstance } from 'ky';
import { FeedHttpError } from '../errors/feed-http-error.js';
import { FeedNetworkError } from '../errors/feed-network-error.js';
import { FeedTimeoutError } from '../errors/feed-timeout-error.js';
import { isOgpError } from '../errors/type-guards.js';
import { parseRetryAfter } from './poll-delay.js';

/** What identifies the version of the feed a client holds. */
export interface Validators {
  etag?: string | undefined;
  lastModified?: string | undefined;
}

export type FetchOutcome =
  | { kind: 'not-modified' }
  | { kind: 'body'; bytes: ArrayBuffer; validators: Validators };

export interface FetchFeedOptions {
  /** Sent as `If-None-Match` / `If-Modified-Since`, so an unchanged feed costs a 304. */
  validators?: Validators | undefined;
  signal: AbortSignal;
  /** The client's timeout, for the error's message. */
  timeout: number;
}

export async function fetchFeed(api: KyInstance, url: string, options: FetchFeedOptions): Promise<FetchOutcome> {
  const headers: Record<string, string> = {};
  if (options.validators?.etag) headers['if-none-match'] = options.validators.etag;
  if (options.validators?.lastModified) headers['if-modified-since'] = options.validators.lastModified;
  const conditional = Object.keys(headers).length > 0;
  try {
    const request = api.get(url, {
      headers,
      signal: options.signal,
      // With our own validators the browser cache must stay out of the way, or it may
      // turn the server's 304 into its own stored copy. Without them it is asked to
      // revalidate with the server, never to answer from memory on its own.
      cache: conditional ? 'no-store' : 'no-cache',
    });
    const bytes = await request.arrayBuffer();
    const response = await request;
    if (response.status === 304) return { kind: 'not-modified' };
    return {
      kind: 'body',
      bytes,
      validators: {
        etag: response.headers.get('etag') ?? undefined,
        lastModified: response.headers.get('last-modified') ?? undefined,
      },
    };
  } catch (error) {
    throw toFeedError(error, url, options);
  }
}

function toFeedError(error: unknown, url: string, options: FetchFeedOptions): unknown {
  // An abort is the caller's decision, never a failure to report.
  if (options.signal.aborted) return options.signal.reason;
  if (isOgpError(error)) return error;
  if (isTimeoutError(error)) return new FeedTimeoutError(url, options.timeout, { cause: error });
  if (isHTTPError(error)) {
    return new FeedHttpError(error.response.status, url, {
      cause: error,
      retryAfter: parseRetryAfter(error.response.headers.get('retry-after')),
    });
  }
  // fetch rejects with a TypeError for every network failure, including one in the middle
  // of the body, which ky does not wrap.
  if (isNetworkError(error) || error instanceof TypeError) return new FeedNetworkError(url, { cause: error });
  return error;
}
