import '../status-badge/define.js';
import { OgpTimeline } from './timeline.js';
import { defineElement } from '../shared/define-element.js';

defineElement('ogp-timeline', OgpTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-timeline': OgpTimeline;
  }
}
