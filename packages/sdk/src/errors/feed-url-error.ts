/** The feed address cannot be fetched safely: only http(s) addresses are followed. */
import { OgpError, type OgpErrorOptions } from './ogp-error.js';

export class FeedUrlError extends OgpError {
  override name = 'FeedUrlError';
  declare readonly url: string;

  constructor(url: string, options: OgpErrorOptions = {}) {
    super('feed-url', { url }, options);
  }
}
