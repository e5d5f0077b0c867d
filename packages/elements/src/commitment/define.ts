import '../progress-bar/define.js';
import '../status-badge/define.js';
import '../timeline/define.js';
import '../indicator/define.js';
import { OgpCommitment } from './commitment.js';

// Guarded: a second copy of the bundle on the page must not throw.
customElements.get('ogp-commitment') || customElements.define('ogp-commitment', OgpCommitment);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-commitment': OgpCommitment;
  }
}
