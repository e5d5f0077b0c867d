/**
 * Starts an element's data request before its code has arrived: the loader imports this (with the
 * SDK's client, which the element needs anyway) beside the element's chunk. The request goes
 * through the page's shared client for the feed, the one the element and `<ogp-feed>` use, so
 * when the element asks for its data it joins the request under way instead of making another.
 *
 * It must ask for what the element's FeedController will ask for, no more: keep the two in step.
 */
import { getDefaultSharedClient } from '@ogp-embed/sdk/shared-client';

/** The feed of a data element not yet defined: its own `src`, else its `<ogp-feed>`'s. */
export function feedSource(element: Element): string | undefined {
  const src = element.getAttribute('src') ?? element.closest('ogp-feed[src]')?.getAttribute('src');
  return src ? new URL(src, document.baseURI).href : undefined;
}

/** The elements that fetch a feed to show (the others, like `<ogp-progress-bar>`, are given their figures). */
export const DATA_TAGS: ReadonlySet<string> = new Set(['ogp-commitment', 'ogp-plan', 'ogp-timeline', 'ogp-indicator', 'ogp-agreements']);

export function prefetch(element: Element): void {
  const src = DATA_TAGS.has(element.localName) ? feedSource(element) : undefined;
  // A rejected request is the element's to report when it asks again; nobody waits on this one.
  if (src) getDefaultSharedClient(src).getFeed().catch(() => undefined);
}
