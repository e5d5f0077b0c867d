import { OgpStatusBadge } from './status-badge.js';
import { defineElement } from '../shared/define-element.js';

defineElement('ogp-status-badge', OgpStatusBadge);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-status-badge': OgpStatusBadge;
  }
}
