/**
 * Registers every ogp-embed element. The provider comes first, so that elements already in the
 * page find it when they upgrade.
 */
import './feed/define.js';
import './progress-bar/define.js';
import './status-badge/define.js';
import './timeline/define.js';
import './indicator/define.js';
import './commitment/define.js';
import './plan/define.js';
import './agreements/define.js';
