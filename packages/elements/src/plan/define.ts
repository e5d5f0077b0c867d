import '../commitment/define.js';
import '../progress-bar/define.js';
import { OgpPlan } from './plan.js';

// Guarded: a second copy of the bundle on the page must not throw.
customElements.get('ogp-plan') || customElements.define('ogp-plan', OgpPlan);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-plan': OgpPlan;
  }
}
