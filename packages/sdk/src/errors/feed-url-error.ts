/** The feed address cannot be fetched safely: only http(s) addresses are followed. */
import { OgpError, type OgpErrorOptions } from './ogp-error.js';

export class FeedUrlError extends OgpError {
  override name = 'FeedUrlError';
  readonly url: string;

  constructor(url: string, options: OgpErrorOptions = {}) {
    super('feed-url', {
      en: 'The feed address is not a web address (http or https)',
      es: 'La dirección del feed no es una dirección web (http o https)',
    }, options);
    this.url = url;
  }
}
