import { OgpIndicator } from './indicator.js';
import { defineElement } from '../shared/define-element.js';

defineElement('ogp-indicator', OgpIndicator);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-indicator': OgpIndicator;
  }
}
