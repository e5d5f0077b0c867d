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
