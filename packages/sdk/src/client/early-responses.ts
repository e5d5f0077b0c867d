/**
 * Responses asked for before the client's code has arrived. The embed's loader sees a card long
 * before the card's code (Lit, this client, the validator) has downloaded; with a few hundred bytes
 * it starts the card's data requests at once (`requestEarly`), and the client's first plain GET of
 * the same address takes the response under way (`takeEarly`) instead of asking again. The data
 * then comes while the code does, not after it.
 *
 * Kept on `globalThis` under a registered symbol: the loader's prefetch and the elements' client may
 * come from different chunks (the chunk of every element has its own copy of the client). Each
 * response is taken once; one nobody takes (an element removed, a page without parts) is dropped
 * unread once older than `EARLY_RESPONSE_LIFETIME`, so a client never reads an old answer as new.
 */
const KEY = Symbol.for('ogp-embed.early-responses');

/** How long an early response waits for its client, in ms. */
export const EARLY_RESPONSE_LIFETIME = 20_000;

/** What an early request sends: what the client's first GET sends (`LiveFeedClient`, `fetchFeed`). */
export const EARLY_REQUEST: RequestInit = { headers: { accept: 'application/json' }, cache: 'no-cache' };

interface Early {
  response: Promise<Response>;
  /** `Date.now()` when it was asked for. */
  at: number;
}

function responses(): Map<string, Early> {
  const scope = globalThis as { [KEY]?: Map<string, Early> };
  return (scope[KEY] ??= new Map());
}

/** Drops the answers past their lifetime, unread (no timer: a page keeps none for this). */
function dropExpired(early: Map<string, Early>): void {
  for (const [url, { response, at }] of early) {
    if (Date.now() - at <= EARLY_RESPONSE_LIFETIME) continue;
    early.delete(url);
    response.then((unread) => unread.body?.cancel()).catch(() => undefined);
  }
}

/** Starts a GET of `url` now, for the client to take; nothing if one is already under way. */
export function requestEarly(url: string): void {
  const early = responses();
  dropExpired(early);
  if (early.has(url)) return;
  const response = fetch(url, EARLY_REQUEST);
  // A failure is the client's to meet when it asks (it asks again); nobody waits on this one.
  response.catch(() => undefined);
  early.set(url, { response, at: Date.now() });
}

/** The response under way for `url`, taken: later calls get nothing. */
export function takeEarly(url: string): Promise<Response> | undefined {
  const early = responses();
  dropExpired(early);
  const taken = early.get(url);
  early.delete(url);
  return taken?.response;
}
