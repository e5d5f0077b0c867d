/** The server answered, but its body cannot be a feed: empty, not UTF-8, not JSON, or a web page. */
import type { FeedFormatReason } from './codes.js';
import { OgpError, type OgpErrorOptions } from './ogp-error.js';

export type { FeedFormatReason } from './codes.js';

export class FeedFormatError extends OgpError {
  override name = 'FeedFormatError';
  declare readonly reason: FeedFormatReason;
  declare readonly url: string;

  constructor(reason: FeedFormatReason, url: string, options: OgpErrorOptions = {}) {
    super('feed-format', { reason, url }, options);
  }
}
