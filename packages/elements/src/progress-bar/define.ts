import { OgpProgressBar } from './progress-bar.js';

// Guarded: a second copy of the bundle on the page must not throw.
customElements.get('ogp-progress-bar') || customElements.define('ogp-progress-bar', OgpProgressBar);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-progress-bar': OgpProgressBar;
  }
}
