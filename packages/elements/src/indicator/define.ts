import { OgpIndicator } from './indicator.js';

// Guarded: a second copy of the bundle on the page must not throw.
customElements.get('ogp-indicator') || customElements.define('ogp-indicator', OgpIndicator);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-indicator': OgpIndicator;
  }
}
