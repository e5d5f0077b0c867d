/**
 * Starts an element's data request before its code has arrived: the loader imports this (with the
 * SDK's client, which the element needs anyway) beside the element's chunk. The request goes
 * through the page's shared client for the feed and asks for the published part the element will
 * ask for (shared/data-parts.ts, one table for both), so when the element asks for its data it
 * joins the request under way instead of making another.
 */
import { getDefaultSharedClient, partClient } from '@ogp-embed/sdk/shared-client';
import { DATA_PARTS } from '../shared/data-parts.js';

/** The feed of a data element not yet defined: its own `src`, else its `<ogp-feed>`'s. */
export function feedSource(element: Element): string | undefined {
  const src = element.getAttribute('src') ?? element.closest('ogp-feed[src]')?.getAttribute('src');
  return src ? new URL(src, document.baseURI).href : undefined;
}

/** Only the elements that fetch a feed to show (`DATA_PARTS`); the others, like `<ogp-progress-bar>`, are given their figures. */
export function prefetch(element: Element): void {
  const partOf = DATA_PARTS[element.localName];
  const src = partOf ? feedSource(element) : undefined;
  if (!partOf || !src) return;
  const feed = getDefaultSharedClient(src);
  const part = partOf((name) => element.getAttribute(name));
  // A rejected request is the element's to report when it asks again; nobody waits on this one.
  (part ? partClient(feed, part.kind, part.id) : feed).getFeed().catch(() => undefined);
}
