import { OgpFeed } from './feed.js';
import { secondCopy } from '../shared/define-element.js';

// Guarded: a second copy of the bundle on the page must not throw, and says so once.
if (customElements.get('ogp-feed')) secondCopy('ogp-feed', OgpFeed);
else customElements.define('ogp-feed', OgpFeed);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-feed': OgpFeed;
  }
}

/** The element's class and, for the elements that send them, the events' types: this entry alone types `el.addEventListener('ogp-load', …)`. */
export type { OgpFeed } from './feed.js';
