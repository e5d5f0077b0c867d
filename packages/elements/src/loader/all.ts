/**
 * Every element in one chunk, which the loader imports instead of the parts when a page uses most
 * of them; with its own `prefetch`, since its elements use its own copy of the SDK's client.
 */
import '../define-all.js';

export { prefetch } from './prefetch.js';
