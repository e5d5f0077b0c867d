/**
 * The client's side of the head start (head-start.ts): a client handed one reads, for its first
 * GET, the answer already under way instead of asking, the same way `fetchTransport` reads its own.
 */
import { exchange } from './fetch-transport.js';
import type { HeadStart } from './head-start.js';
import type { FeedTransport } from './transport.js';
import type { FeedClient } from './types.js';

/**
 * A transport whose answer is `answer`, a GET already under way; when that GET failed before any
 * answer, `otherwise` asks (it was only a head start).
 */
function answered(answer: Promise<Response>, otherwise: FeedTransport): FeedTransport {
  return async (url, request) => {
    let failedEarly = false;
    const early = answer.catch((error: unknown) => {
      failedEarly = true;
      throw error;
    });
    try {
      return await exchange(url, request, () => early);
    } catch (error) {
      if (failedEarly && !request.signal.aborted) return otherwise(url, request);
      throw error;
    }
  };
}

/** A client that can have its first GET made another way (`LiveFeedClient.firstVia`). */
interface Startable {
  firstVia?(wrap: (own: FeedTransport) => FeedTransport): 'taken' | 'own' | 'late';
}

/**
 * Hands `client` the answer `headStart` has under way for its address, if any: its first GET reads
 * it (taken then, so an answer past its lifetime is asked for again). A client that cannot use it
 * (made with its own headers, `fetch`, transport or storage; loaded already) asks itself: the
 * answer is dropped unread, and a client with options of its own says so in the console.
 */
export function startFrom(client: FeedClient, headStart: HeadStart): void {
  const url = client.feedUrl;
  if (!headStart.urls.includes(url)) return;
  const outcome = (client as FeedClient & Startable).firstVia?.((own) => (address, request) => {
    const answer = headStart.take(address);
    return answer ? answered(answer, own)(address, request) : own(address, request);
  });
  if (outcome === 'taken') return;
  const unread = headStart.take(url);
  unread?.then((response) => response.body?.cancel()).catch(() => undefined);
  // Never a silent second download: the page's own client options cost one, said here.
  if (unread && outcome === 'own') console.warn(`ogp-embed: ${url} asked again, with the client's own options`);
}
