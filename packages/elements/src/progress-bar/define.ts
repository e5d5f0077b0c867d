import { OgpProgressBar } from './progress-bar.js';
import { defineElement } from '../shared/define-element.js';

defineElement('ogp-progress-bar', OgpProgressBar);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-progress-bar': OgpProgressBar;
  }
}
