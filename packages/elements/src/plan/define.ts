import '../commitment/define.js';
import '../progress-bar/define.js';
import { OgpPlan } from './plan.js';
import { defineElement } from '../shared/define-element.js';

defineElement('ogp-plan', OgpPlan);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-plan': OgpPlan;
  }
}
