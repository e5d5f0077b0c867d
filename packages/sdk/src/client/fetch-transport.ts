/**
 * `fetchTransport`: the feed's GET with the platform's `fetch` and nothing else, so a page that
 * embeds the elements downloads no HTTP library. The time limit is on silence, not on the whole
 * load: the headers must come within `timeout`, then each piece of the body within `timeout` of
 * the last, so a large feed on a slow line still arrives, and a server that stops sending is
 * given up on as soon as it has said nothing for that long.
 *
 * `exchange` reads any GET's answer that way: the embed's head start reads its answers with it (head-start.ts).
 */
import { FeedTimeoutError } from '../errors/feed-timeout-error.js';
import type { FeedTransport, TransportRequest, TransportResponse } from './transport.js';

export const fetchTransport: FeedTransport = (url, request) => {
  // Called as a plain function: a browser's fetch throws "Illegal invocation" on another `this`.
  const send = request.fetch ?? globalThis.fetch;
  return exchange(url, request, (signal) => send(url, { headers: request.headers, cache: request.cache, signal }));
};

/** One GET from `send` to its whole body, under the silence timer and the caller's signal. */
export async function exchange(
  url: string,
  request: TransportRequest,
  send: (signal: AbortSignal) => Promise<Response>,
): Promise<TransportResponse> {
  const { signal, timeout } = request;
  signal.throwIfAborted();
  // Aborted by the silence timer, or by the caller leaving.
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // (Re)starts the clock: with the request, at the headers, at each piece of the body.
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), timeout);
  };
  wait();
  const leave = () => controller.abort(signal.reason);
  signal.addEventListener('abort', leave, { once: true });
  // Raced with every step, so the limit holds even for a `fetch` option that ignores signals.
  const stopped = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  stopped.catch(() => undefined);
  let response: Response | undefined;
  let reader: ReadableStreamDefaultReader<Uint8Array<ArrayBuffer>> | undefined;
  try {
    response = await Promise.race([send(controller.signal), stopped]);
    wait();
    reader = response.body?.getReader();
    const pieces: BlobPart[] = [];
    for (let next; reader && !(next = await Promise.race([reader.read(), stopped])).done; wait())
      pieces.push(next.value);
    const bytes = await Promise.race([reader ? new Blob(pieces).arrayBuffer() : response.arrayBuffer(), stopped]);
    return { status: response.status, headers: response.headers, bytes };
  } catch (error) {
    // The abort stops a body of our own fetch; a head start's body is not bound to our signal.
    reader?.cancel().catch(() => undefined);
    if (signal.aborted) throw signal.reason;
    // Not the caller's abort, so the timer's: before the headers, or (stalled) in the body.
    if (controller.signal.aborted) throw new FeedTimeoutError(url, timeout, { cause: error, stalled: !!response });
    throw error;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', leave);
  }
}
