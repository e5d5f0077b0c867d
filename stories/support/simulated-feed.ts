/**
 * Feed addresses whose server a story plays, for the states a static Storybook cannot reach
 * over the network: still loading, failing, and failing after a first good load (stale).
 * Each registers the page's shared client for its address with a `fetch` of its own (the SDK's
 * `fetch` option), so the element goes through the real client, parser and error messages.
 * The addresses end in `.invalid` (RFC 2606): nothing is ever requested from them. They publish
 * no parts (docs/feed-format.md#published-slices): every look for one is a 404.
 */
import { getSharedClient } from '@ogp-embed/sdk';
import chile from '../../examples/feeds/chile.json';

export type SimulatedServer =
  /** Never answers. */
  | 'loading'
  /** Answers 500. */
  | 'http-500'
  /** The connection fails (as when offline). */
  | 'offline'
  /** Answers 200 with JSON that is not a feed. */
  | 'not-a-feed'
  /** Answers the real sample once, then 503 to every refresh. */
  | 'outage-after-first-load';

/** ky's longest timeout: a story that shows loading keeps loading. */
const NO_TIMEOUT = 2_147_483_647;

function never(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));
}

function server(kind: SimulatedServer): typeof fetch {
  let calls = 0;
  return async (input, init) => {
    // A host without published parts: the elements' look for them finds none, and reads the feed.
    if (String(input instanceof Request ? input.url : input).includes('.parts/'))
      return new Response('Not Found', { status: 404 });
    calls++;
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    switch (kind) {
      case 'loading':
        return never(signal);
      case 'http-500':
        return new Response('Internal Server Error', { status: 500 });
      case 'offline':
        throw new TypeError('Failed to fetch');
      case 'not-a-feed':
        return Response.json({ hello: 'this is not a feed' });
      case 'outage-after-first-load':
        return calls === 1
          ? Response.json(chile, { headers: { etag: '"sample"' } })
          : new Response('Service Unavailable', { status: 503 });
    }
  };
}

/** The address to give an element's `src` for a story in this state. */
export function simulatedFeed(kind: SimulatedServer, story: string): string {
  const url = `https://${kind}.simulated.invalid/${story}/feed.json`;
  getSharedClient(url, { fetch: server(kind), timeout: NO_TIMEOUT });
  return url;
}
