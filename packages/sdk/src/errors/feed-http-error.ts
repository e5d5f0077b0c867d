/** The feed's server answered with a status that carries no feed (404, 500...). */
import type { Bilingual } from '../i18n/bilingual.js';
import { OgpError, type OgpErrorOptions } from './ogp-error.js';

export interface FeedHttpErrorOptions extends OgpErrorOptions {
  /** How long the server asked us to wait (`Retry-After`), in ms; polling honours it. */
  retryAfter?: number;
  /** Set when the status alone would mislead, e.g. a 304 to a request that had no copy to reuse. */
  detail?: Bilingual;
}

export class FeedHttpError extends OgpError {
  override name = 'FeedHttpError';
  readonly status: number;
  readonly url: string;
  readonly retryAfter: number | undefined;

  constructor(status: number, url: string, options: FeedHttpErrorOptions = {}) {
    const detail = options.detail;
    super('feed-http', {
      en: `The feed could not be loaded: HTTP ${status}${detail ? ` (${detail.en})` : ''}`,
      es: `No se pudo cargar el feed: HTTP ${status}${detail ? ` (${detail.es})` : ''}`,
    }, options);
    this.status = status;
    this.url = url;
    this.retryAfter = options.retryAfter;
  }
}
