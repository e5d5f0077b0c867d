import '../status-badge/define.js';
import { OgpAgreements } from './agreements.js';

// Guarded: a second copy of the bundle on the page must not throw.
customElements.get('ogp-agreements') || customElements.define('ogp-agreements', OgpAgreements);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-agreements': OgpAgreements;
  }
}
