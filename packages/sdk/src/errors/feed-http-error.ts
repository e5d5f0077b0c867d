/** The feed's server answered with a status that carries no feed (404, 500...). */
import { OgpError, type OgpErrorOptions } from './ogp-error.js';

export interface FeedHttpErrorOptions extends OgpErrorOptions {
  /** How long the server asked us to wait (`Retry-After`), in ms; polling honours it. */
  retryAfter?: number;
  /** A 304 to a request that had no copy to reuse: the status alone would mislead. */
  noCopy?: boolean;
}

export class FeedHttpError extends OgpError {
  override name = 'FeedHttpError';
  declare readonly status: number;
  declare readonly url: string;
  declare readonly retryAfter: number | undefined;
  declare readonly noCopy: boolean;

  constructor(status: number, url: string, options: FeedHttpErrorOptions = {}) {
    const { retryAfter, noCopy = false, ...rest } = options;
    super('feed-http', { status, url, retryAfter, noCopy }, rest);
  }
}
