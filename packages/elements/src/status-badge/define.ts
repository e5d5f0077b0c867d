import { OgpStatusBadge } from './status-badge.js';
import { secondCopy } from '../shared/define-element.js';

// Guarded: a second copy of the bundle on the page must not throw, and says so once.
if (customElements.get('ogp-status-badge')) secondCopy('ogp-status-badge', OgpStatusBadge);
else customElements.define('ogp-status-badge', OgpStatusBadge);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-status-badge': OgpStatusBadge;
  }
}

/** The element's class and, for the elements that send them, the events' types: this entry alone types `el.addEventListener('ogp-load', …)`. */
export type { OgpStatusBadge } from './status-badge.js';
