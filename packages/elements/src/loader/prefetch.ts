/**
 * Starts an element's data requests before its code has arrived. The loader imports this small
 * chunk first, before the element's (it needs no Lit and no client): it asks for the documents the
 * element's client will ask for first, and that client takes the responses under way
 * (the SDK's `requestEarly`) instead of asking again. With a part (shared/data-slices.ts,
 * one table for both), that is the part at its default place and the parts index, as the parts
 * client asks for them; without, the whole feed.
 */
import { DEFAULT_SLICE_PATHS, slicePath, sliceIndexUrl, requestEarly } from '@ogp-embed/sdk/shared-client';
import { DATA_SLICES } from '../shared/data-slices.js';

/** The feed of a data element not yet defined: its own `src`, else its `<ogp-feed>`'s; only http(s), as the client. */
export function feedSource(element: Element): string | undefined {
  const src = element.getAttribute('src') ?? element.closest('ogp-feed[src]')?.getAttribute('src');
  if (!src) return undefined;
  try {
    const url = new URL(src, document.baseURI);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
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
  const partOf = DATA_SLICES[element.localName];
  const src = partOf ? feedSource(element) : undefined;
  if (!partOf || !src) return;
  warmIntl();
  const part = element.getAttribute('slices') === 'none' ? undefined : partOf((name) => element.getAttribute(name));
  if (!part) return requestEarly(src);
  const index = sliceIndexUrl(src);
  requestEarly(new URL(slicePath(DEFAULT_SLICE_PATHS[part.kind], part.id), index).href);
  requestEarly(index);
}
