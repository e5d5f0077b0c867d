/**
 * No answer could be read at all. A browser reports a CORS refusal exactly like a network
 * failure ("Failed to fetch") and hides which one it was, so the words name both.
 */
import { OgpError, type OgpErrorOptions } from './ogp-error.js';

export class FeedNetworkError extends OgpError {
  override name = 'FeedNetworkError';
  declare readonly url: string;

  constructor(url: string, options: OgpErrorOptions = {}) {
    super('feed-network', { url }, options);
  }
}
