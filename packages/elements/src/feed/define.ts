import { OgpFeed } from './feed.js';
import { defineElement } from '../shared/define-element.js';

defineElement('ogp-feed', OgpFeed);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-feed': OgpFeed;
  }
}
