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
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
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
    if (timedOut) throw new FeedTimeoutError(url, timeout, { cause: error });
    throw error;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', leave);
  }
};
