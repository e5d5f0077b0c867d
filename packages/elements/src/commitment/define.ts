import '../progress-bar/define.js';
import '../status-badge/define.js';
import '../timeline/define.js';
import '../indicator/define.js';
import { OgpCommitment } from './commitment.js';
import { defineElement } from '../shared/define-element.js';

defineElement('ogp-commitment', OgpCommitment);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-commitment': OgpCommitment;
  }
}
