/**
 * Every element in one chunk, which the loader imports instead of the parts when a page uses most
 * of them. Their data requests are started by the small prefetch chunk, as on any page.
 */
import '../define-all.js';
