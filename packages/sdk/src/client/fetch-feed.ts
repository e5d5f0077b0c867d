/**
 * One round trip to the feed's server through a transport, and the translation of whatever
 * went wrong into the SDK's errors. Parsing is not done here: this only brings bytes or "not
 * modified" back.
 */
import { FeedNetworkError } from '../errors/feed-network-error.js';
import { isOgpError } from '../errors/type-guards.js';
import { httpStatusError, type FeedTransport } from './transport.js';

/** What identifies the version of the feed a client holds. */
export interface Validators {
  etag?: string | undefined;
  lastModified?: string | undefined;
}

export type FetchOutcome = { kind: 'not-modified' } | { kind: 'body'; bytes: ArrayBuffer; validators: Validators };

export interface FetchFeedOptions {
  /** `accept` and the client's own headers. */
  headers: Record<string, string>;
  /** Sent as `If-None-Match` / `If-Modified-Since`, so an unchanged feed costs a 304. */
  validators?: Validators | undefined;
  signal: AbortSignal;
  /** For the whole load, body included, in ms. */
  timeout: number;
  /** The client's `fetch` option, passed on to the transport. */
  fetch?: typeof fetch | undefined;
}

export async function fetchFeed(
  transport: FeedTransport,
  url: string,
  options: FetchFeedOptions,
): Promise<FetchOutcome> {
  const { signal, timeout, fetch } = options;
  const { etag, lastModified } = options.validators ?? {};
  const headers = { ...options.headers };
  if (etag) headers['if-none-match'] = etag;
  if (lastModified) headers['if-modified-since'] = lastModified;
  let response;
  try {
    response = await transport(url, {
      headers,
      signal,
      // With our own validators the browser cache must stay out of the way, or it may
      // turn the server's 304 into its own stored copy. Without them it is asked to
      // revalidate with the server, never to answer from memory on its own.
      cache: etag || lastModified ? 'no-store' : 'no-cache',
      timeout,
      fetch,
    });
  } catch (error) {
    // An abort is the caller's decision, never a failure to report.
    if (signal.aborted) throw signal.reason;
    if (isOgpError(error)) throw error;
    // fetch rejects with a TypeError for every network failure, a CORS refusal included.
    if (error instanceof TypeError) throw new FeedNetworkError(url, { cause: error });
    throw error;
  }
  if (response.status === 304) return { kind: 'not-modified' };
  if (response.status < 200 || response.status > 299) throw httpStatusError(url, response);
  return {
    kind: 'body',
    bytes: response.bytes,
    validators: {
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
    },
  };
}
