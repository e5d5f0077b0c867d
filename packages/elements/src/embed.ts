/**
 * The embed entry: what the CDN bundle (`ogp-embed.js`) is built from. One script tag, and every
 * `<ogp-*>` element on the page works; loading it twice, or two versions, does not throw.
 */
import './define-all.js';

export * from './index.js';
