import '../status-badge/define.js';
import { OgpAgreements } from './agreements.js';
import { defineElement } from '../shared/define-element.js';

defineElement('ogp-agreements', OgpAgreements);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-agreements': OgpAgreements;
  }
}
