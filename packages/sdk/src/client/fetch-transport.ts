/**
 * `fetchTransport`: the feed's GET with the platform's `fetch` and nothing else, so a page that
 * embeds the elements downloads no HTTP library. The timeout covers the body too: a server that
 * sends the headers and then stalls is given up on at the same limit as one that never answers.
 */
import { FeedTimeoutError } from '../errors/feed-timeout-error.js';
import type { FeedTransport } from './transport.js';

export const fetchTransport: FeedTransport = async (url, request) => {
  const { signal, timeout } = request;
  signal.throwIfAborted();
  // Aborted by the timer, or by the caller leaving.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  const leave = () => controller.abort(signal.reason);
  signal.addEventListener('abort', leave, { once: true });
  // Raced with every step, so the limit holds even for a `fetch` option that ignores signals.
  const stopped = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  stopped.catch(() => undefined);
  try {
    // Called as a plain function: a browser's fetch throws "Illegal invocation" on another `this`.
    const send = request.fetch ?? globalThis.fetch;
    const init: RequestInit = { headers: request.headers, cache: request.cache, signal: controller.signal };
    const response = await Promise.race([send(url, init), stopped]);
    const bytes = await Promise.race([response.arrayBuffer(), stopped]);
    return { status: response.status, headers: response.headers, bytes };
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    // Not the caller's abort, so the timer's.
    if (controller.signal.aborted) throw new FeedTimeoutError(url, timeout, { cause: error });
    throw error;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', leave);
  }
};
