/**
 * No answer could be read at all. A browser reports a CORS refusal exactly like a network
 * failure ("Failed to fetch") and hides which one it was, so the message names both.
 */
import { OgpError, type OgpErrorOptions } from './ogp-error.js';

export class FeedNetworkError extends OgpError {
  override name = 'FeedNetworkError';
  readonly url: string;

  constructor(url: string, options: OgpErrorOptions = {}) {
    super('feed-network', {
      en: 'The feed could not be reached: the network failed, or the feed\'s server does not allow this site to read it (CORS)',
      es: 'No se pudo acceder al feed: falló la red, o el servidor del feed no permite que este sitio lo lea (CORS)',
    }, options);
    this.url = url;
  }
}
