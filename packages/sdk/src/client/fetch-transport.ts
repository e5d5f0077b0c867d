/**
 * `fetchTransport`: the feed's GET with the platform's `fetch` and nothing else, so a page that
 * embeds the elements downloads no HTTP library. The time limit is on silence, not on the whole
 * load: the headers must come within `timeout`, then each piece of the body within `timeout` of
 * the last, so a large feed on a slow line still arrives, and a server that stops sending is
 * given up on as soon as it has said nothing for that long.
 *
 * A plain first GET (no validators, no headers of the caller's, no `fetch` option) takes the
 * response the embed's loader started for the same address, if one is under way (early-responses.ts).
 */
import { FeedTimeoutError } from '../errors/feed-timeout-error.js';
import { EARLY_REQUEST, takeEarly } from './early-responses.js';
import type { FeedTransport, TransportRequest } from './transport.js';

/** Whether `request` asks what an early request asked: then the early one's answer is its answer. */
function asksAsEarly({ headers, cache, fetch }: TransportRequest): boolean {
  const early = EARLY_REQUEST.headers as Record<string, string>;
  const names = Object.keys(headers);
  return !fetch && cache === EARLY_REQUEST.cache && names.length === 1 && headers[names[0]!] === early[names[0]!];
}

export const fetchTransport: FeedTransport = async (url, request) => {
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
    // Called as a plain function: a browser's fetch throws "Illegal invocation" on another `this`.
    const send = request.fetch ?? globalThis.fetch;
    const ask = () => send(url, { headers: request.headers, cache: request.cache, signal: controller.signal });
    // An early request that failed is asked again: it was only a head start.
    const early = asksAsEarly(request) ? takeEarly(url) : undefined;
    response = await Promise.race([early ? early.catch(ask) : ask(), stopped]);
    wait();
    reader = response.body?.getReader();
    const pieces: BlobPart[] = [];
    for (let next; reader && !(next = await Promise.race([reader.read(), stopped])).done; wait()) pieces.push(next.value);
    const bytes = await Promise.race([reader ? new Blob(pieces).arrayBuffer() : response.arrayBuffer(), stopped]);
    return { status: response.status, headers: response.headers, bytes };
  } catch (error) {
    // The abort stops a body of our own fetch; an early request's body is not bound to our signal.
    reader?.cancel().catch(() => undefined);
    if (signal.aborted) throw signal.reason;
    // Not the caller's abort, so the timer's: before the headers, or (stalled) in the body.
    if (controller.signal.aborted) throw new FeedTimeoutError(url, timeout, { cause: error, stalled: !!response });
    throw error;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', leave);
  }
};
