import '../commitment/define.js';
import '../progress-bar/define.js';
import { OgpPlan } from './plan.js';
import { secondCopy } from '../shared/define-element.js';

// Guarded: a second copy of the bundle on the page must not throw, and says so once.
if (customElements.get('ogp-plan')) secondCopy('ogp-plan', OgpPlan);
else customElements.define('ogp-plan', OgpPlan);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-plan': OgpPlan;
  }
}

/** The element's class and, for the elements that send them, the events' types: this entry alone types `el.addEventListener('ogp-load', …)`. */
export type { OgpPlan } from './plan.js';
export type * from '../shared/events/types.js';
