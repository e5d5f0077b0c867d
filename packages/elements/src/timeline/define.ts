import '../status-badge/define.js';
import { OgpTimeline } from './timeline.js';
import { secondCopy } from '../shared/define-element.js';

// Guarded: a second copy of the bundle on the page must not throw, and says so once.
if (customElements.get('ogp-timeline')) secondCopy('ogp-timeline', OgpTimeline);
else customElements.define('ogp-timeline', OgpTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-timeline': OgpTimeline;
  }
}

/** The element's class and, for the elements that send them, the events' types: this entry alone types `el.addEventListener('ogp-load', …)`. */
export type { OgpTimeline } from './timeline.js';
export type * from '../shared/events/types.js';
