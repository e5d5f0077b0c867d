import { OgpProgressBar } from './progress-bar.js';
import { secondCopy } from '../shared/define-element.js';

// Guarded: a second copy of the bundle on the page must not throw, and says so once.
if (customElements.get('ogp-progress-bar')) secondCopy('ogp-progress-bar', OgpProgressBar);
else customElements.define('ogp-progress-bar', OgpProgressBar);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-progress-bar': OgpProgressBar;
  }
}

/** The element's class and, for the elements that send them, the events' types: this entry alone types `el.addEventListener('ogp-load', …)`. */
export type { OgpProgressBar } from './progress-bar.js';
