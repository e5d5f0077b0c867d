/**
 * The one rule a feed's address is resolved by, for the clients (`resolveFeedUrl`) and the
 * loader's prefetch alike: relative to the document, http(s) only. A module of its own, importing
 * nothing, so the prefetch's small chunk carries no error classes.
 */
function pageBase(): string | undefined {
  const scope = globalThis as { document?: { baseURI?: string }; location?: { href?: string } };
  return scope.document?.baseURI ?? scope.location?.href;
}

/**
 * The absolute http(s) address of `feedUrl`, or `undefined`: the one rule every client and the
 * loader's prefetch resolve an address by (the prefetch takes this without the error class).
 */
export function feedAddress(feedUrl: string): string | undefined {
  try {
    const url = new URL(feedUrl, pageBase());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
