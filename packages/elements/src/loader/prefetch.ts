/**
 * Starts an element's data requests before its code has arrived. The loader imports this small
 * chunk first, before the element's (it needs no Lit and no client): it asks for the documents the
 * element's client asks for first (the SDK's `startFirstRequests`: the slice the element shows, at
 * its default place, and the slice index; without a slice, the whole feed) and hands the answers
 * under way to the element (`HEAD_START`), whose controller gives them to its client.
 */
import { feedAddress, HEAD_START, startFirstRequests } from '@ogp-embed/sdk/internal';
import type { HeadStart } from '@ogp-embed/sdk/internal';
import { DATA_SLICES } from '../shared/data-slices.js';

/** The feed of a data element not yet defined: its own `src`, else its `<ogp-feed>`'s; resolved as its client will. */
export function feedUrlOf(element: Element): string | undefined {
  const src = element.getAttribute('src') ?? element.closest('ogp-feed[src]')?.getAttribute('src');
  return src ? feedAddress(src) : undefined;
}

let warmed = false;

/**
 * A page's first date or number formatted costs V8 its ICU data: 0.1 s of a slow phone's CPU, the
 * largest piece of script between a card's code arriving and its text. Paid here, once, after this
 * task (the requests are sent) and while the code downloads, the elements' own formatters come cheap.
 */
function warmIntl(): void {
  if (warmed) return;
  warmed = true;
  setTimeout(() => new Date().toLocaleString());
}

/** Only the elements that fetch a feed to show (`DATA_SLICES`); the others, like `<ogp-progress-bar>`, are given their figures. */
export function prefetch(element: Element): void {
  const sliceOf = DATA_SLICES[element.localName];
  const feedUrl = sliceOf ? feedUrlOf(element) : undefined;
  if (!sliceOf || !feedUrl) return;
  warmIntl();
  // `slices="none"` (the snippet writes it for a host without slices): the whole feed, no 404 looked for.
  const slice = element.getAttribute('slices') === 'none' ? undefined : sliceOf((name) => element.getAttribute(name));
  (element as { [HEAD_START]?: HeadStart })[HEAD_START] = startFirstRequests(
    feedUrl,
    slice && { kind: slice.kind, id: slice.id },
  );
}
