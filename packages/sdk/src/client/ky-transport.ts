/**
 * `kyTransport(instance?)`: the feed's GET through ky, the default of `createClient`. Give it
 * your own instance (`ky.create({ hooks, headers })`) for auth or hooks: its options stand,
 * except those the client must own. ky's retries are off (`watch()` retries, with backoff);
 * ky's timeout is the client's, for the whole load (`totalTimeout`: `timeout` alone restarts
 * for the body); a 304 is an answer, not an error.
 */
import ky, { isHTTPError, isNetworkError, isTimeoutError, type KyInstance } from 'ky';
import { FeedNetworkError } from '../errors/feed-network-error.js';
import { FeedTimeoutError } from '../errors/feed-timeout-error.js';
import { httpStatusError, type FeedTransport } from './transport.js';

export function kyTransport(instance: KyInstance = ky): FeedTransport {
  return async (url, request) => {
    try {
      const pending = instance.get(url, {
        headers: request.headers,
        signal: request.signal,
        cache: request.cache,
        timeout: request.timeout,
        totalTimeout: request.timeout,
        retry: 0,
        throwHttpErrors: (status) => status !== 304,
        ...(request.fetch ? { fetch: request.fetch } : {}),
      });
      const bytes = await pending.arrayBuffer();
      const response = await pending;
      return { status: response.status, headers: response.headers, bytes };
    } catch (error) {
      if (request.signal.aborted) throw request.signal.reason;
      if (isTimeoutError(error)) throw new FeedTimeoutError(url, request.timeout, { cause: error });
      if (isHTTPError(error)) throw httpStatusError(url, error.response, error);
      // fetch rejects with a TypeError for a failure in the middle of the body, which ky does not wrap.
      if (isNetworkError(error) || error instanceof TypeError) throw new FeedNetworkError(url, { cause: error });
      throw error;
    }
  };
}
