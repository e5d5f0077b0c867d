import '../status-badge/define.js';
import { OgpAgreements } from './agreements.js';
import { secondCopy } from '../shared/define-element.js';

// Guarded: a second copy of the bundle on the page must not throw, and says so once.
if (customElements.get('ogp-agreements')) secondCopy('ogp-agreements', OgpAgreements);
else customElements.define('ogp-agreements', OgpAgreements);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-agreements': OgpAgreements;
  }
}

/** The element's class and, for the elements that send them, the events' types: this entry alone types `el.addEventListener('ogp-load', …)`. */
export type { OgpAgreements } from './agreements.js';
export type * from '../shared/events/types.js';
