import { OgpIndicator } from './indicator.js';
import { secondCopy } from '../shared/define-element.js';

// Guarded: a second copy of the bundle on the page must not throw, and says so once.
if (customElements.get('ogp-indicator')) secondCopy('ogp-indicator', OgpIndicator);
else customElements.define('ogp-indicator', OgpIndicator);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-indicator': OgpIndicator;
  }
}

/** The element's class and, for the elements that send them, the events' types: this entry alone types `el.addEventListener('ogp-load', …)`. */
export type { OgpIndicator } from './indicator.js';
export type * from '../shared/events/types.js';
