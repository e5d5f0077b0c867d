import { OgpStatusBadge } from './status-badge.js';

// Guarded: a second copy of the bundle on the page must not throw.
customElements.get('ogp-status-badge') || customElements.define('ogp-status-badge', OgpStatusBadge);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-status-badge': OgpStatusBadge;
  }
}
