import '../status-badge/define.js';
import { OgpTimeline } from './timeline.js';

// Guarded: a second copy of the bundle on the page must not throw.
customElements.get('ogp-timeline') || customElements.define('ogp-timeline', OgpTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-timeline': OgpTimeline;
  }
}
