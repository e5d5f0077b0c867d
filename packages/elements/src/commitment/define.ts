import '../progress-bar/define.js';
import '../status-badge/define.js';
import { OgpCommitment } from './commitment.js';
import { secondCopy } from '../shared/define-element.js';

// Guarded: a second copy of the bundle on the page must not throw, and says so once.
if (customElements.get('ogp-commitment')) secondCopy('ogp-commitment', OgpCommitment);
else customElements.define('ogp-commitment', OgpCommitment);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-commitment': OgpCommitment;
  }
}

/** The element's class and, for the elements that send them, the events' types: this entry alone types `el.addEventListener('ogp-load', …)`. */
export type { OgpCommitment } from './commitment.js';
export type * from '../shared/events/types.js';
