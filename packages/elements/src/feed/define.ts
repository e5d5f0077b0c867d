import { OgpFeed } from './feed.js';

// Guarded: a second copy of the bundle on the page must not throw.
customElements.get('ogp-feed') || customElements.define('ogp-feed', OgpFeed);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-feed': OgpFeed;
  }
}
