/**
 * The studio's page: the real elements (every one defined, as a page that embeds them has them)
 * and the studio itself.
 */
import '@ogp-embed/elements/define-all';
import './studio-app.js';
