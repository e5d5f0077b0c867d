/**
 * `kyTransport(instance?)`: the feed's GET through ky, the default of `createClient`. Give it
 * your own instance (`ky.create({ hooks, headers })`) for auth or hooks: its options stand,
 * except those the client must own. ky's retries are off (`watch()` retries, with backoff); a
 * 304 is an answer, not an error. The time limit is the client's, on silence (as `fetchTransport`):
 * ky's own timeouts are off, and a timer restarted by every piece of the body (ky's
 * `onDownloadProgress`) aborts a request that has said nothing for `timeout` ms.
 */
import ky, { isHTTPError, isNetworkError, type KyInstance } from 'ky';
import { FeedNetworkError } from '../errors/feed-network-error.js';
import { FeedTimeoutError } from '../errors/feed-timeout-error.js';
import { httpStatusError, type FeedTransport } from './transport.js';

export function kyTransport(instance: KyInstance = ky): FeedTransport {
  return async (url, request) => {
    const silence = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let answered = false;
    const wait = () => {
      clearTimeout(timer);
      timer = setTimeout(() => silence.abort(), request.timeout);
    };
    wait();
    try {
      const pending = instance.get(url, {
        headers: request.headers,
        signal: AbortSignal.any([request.signal, silence.signal]),
        cache: request.cache,
        timeout: false,
        totalTimeout: false,
        retry: 0,
        throwHttpErrors: (status) => status !== 304,
        // Called for each piece of the body, one piece late (ky reports a piece when the next comes).
        onDownloadProgress: wait,
        ...(request.fetch ? { fetch: request.fetch } : {}),
      });
      // The headers came: the silence timer starts again for the body.
      void pending.then(
        () => {
          answered = true;
          wait();
        },
        () => undefined,
      );
      const bytes = await pending.arrayBuffer();
      const response = await pending;
      return { status: response.status, headers: response.headers, bytes };
    } catch (error) {
      if (request.signal.aborted) throw request.signal.reason;
      if (silence.signal.aborted) throw new FeedTimeoutError(url, request.timeout, { cause: error, stalled: answered });
      if (isHTTPError(error)) throw httpStatusError(url, error.response, error);
      // fetch rejects with a TypeError for a failure in the middle of the body, which ky does not wrap.
      if (isNetworkError(error) || error instanceof TypeError) throw new FeedNetworkError(url, { cause: error });
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };
}
